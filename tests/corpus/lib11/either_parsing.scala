// Source: written for this test after the Either examples of "Scala for the Impatient" (Horstmann): validating
// input with Left/Right, folding, and collecting errors.
object EitherParsing {
  def parseAge(s: String): Either[String, Int] =
    if (s.isEmpty) Left("empty")
    else if (!s.forall(_.isDigit)) Left("not a number: " + s)
    else if (s.toInt > 150) Left("too old: " + s)
    else Right(s.toInt)

  def describe(e: Either[String, Int]): String = e match {
    case Left(msg) => "error(" + msg + ")"
    case Right(n) => "age " + n
  }

  def main(args: Array[String]): Unit = {
    val inputs = List("42", "", "x7", "200", "7")
    val results = inputs.map(parseAge)
    println(results)
    results.foreach(r => println(describe(r)))
    println(results.count(_.isRight) + " " + results.filter(_.isLeft).length)
    println(parseAge("30").right.map(_ + 1) + " " + parseAge("q").right.map(_ + 1))
    println(parseAge("30").fold(_.length, _ * 2) + " " + parseAge("").fold(_.length, _ * 2))
    println(results.collect { case Right(n) => n }.sum)
  }
}
