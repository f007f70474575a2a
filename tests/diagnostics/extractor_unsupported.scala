// Extractor objects with one `unapply` giving a Boolean or an Option are supported
// (tests/programs/extractor_patterns.scala); others are reported at the pattern, and a wrong number of
// sub-patterns is scalac's error.
object Words { def unapplySeq(s: String): Option[Seq[String]] = Some(s.split(" ").toList) }
object Length { def unapply(s: String): Int = s.length }
object Pair { def unapply(s: String): Option[(String, String)] = Some((s, s)) }

object Main {
  def main(args: Array[String]): Unit = {
    "a b" match {
      case Words(a, b) => println(a + b) // expect: error unsupported "an extractor pattern on `Words`"
      case _ => println("no")
    }
    "abc" match {
      case Length(n) => println(n) // expect: error unsupported "an `unapply` giving `Int`"
      case Pair(a, b, c) => println(a) // expect: error wrong-arguments "wrong number of arguments for the extractor pattern Pair"
      case _ => println("no")
    }
  }
}
