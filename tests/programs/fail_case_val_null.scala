// A pattern definition on null: scala.MatchError whose message is null.
object Main {
  case class P(x: Int, y: Int)
  def main(args: Array[String]): Unit = {
    val p: P = null
    println("before")
    val P(a, b) = p
    println(a)
  }
}
