// Source: Rosetta Code "Luhn test of credit card numbers" (Scala), the List version: digits reversed, every
// second one doubled with its digits summed, the total checked modulo 10; the task's four numbers and a few more.
object LuhnTest {
  def luhn(s: String): Boolean = {
    val digits = s.reverse.toList.map(_.asDigit)
    val total = digits.zipWithIndex.map { case (d, i) =>
      if (i % 2 == 1) { val twice = d * 2; twice / 10 + twice % 10 } else d
    }.sum
    total % 10 == 0
  }

  def main(args: Array[String]): Unit = {
    val numbers = List("49927398716", "49927398717", "1234567812345678", "1234567812345670", "79927398713", "0")
    numbers.foreach(n => println(n + " " + luhn(n)))
    val (valid, invalid) = numbers.partition(luhn)
    println("valid: " + valid.mkString(", ") + "; invalid: " + invalid.length)
  }
}
