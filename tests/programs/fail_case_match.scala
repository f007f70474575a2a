// A match on a case class that no case takes: scala.MatchError naming the value and its JVM class.
object Main {
  case class P(x: Int, y: Int)
  def main(args: Array[String]): Unit = {
    val p = P(3, 4)
    println(p match { case P(3, y) => y })
    p match {
      case P(1, _) => println("one")
      case P(_, 5) => println("five")
    }
  }
}
