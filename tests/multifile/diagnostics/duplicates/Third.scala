package elsewhere

// the same simple names in another package are other definitions
object Config {
  val name: String = "third"
}

class Point(val y: Int)
