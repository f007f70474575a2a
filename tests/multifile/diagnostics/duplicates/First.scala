package shared

object Config {
  val name: String = "first"
}

class Point(val x: Int)
