// Covers: a match on a null String that no case matches: the MatchError's message is just `null`.
object JvmMatchErrorNullString {
  def main(args: Array[String]): Unit = {
    val s: String = null
    println("before")
    s match {
      case "a" => println("a")
      case "b" => println("b")
    }
  }
}
