// Source: Rosetta Code, "Luhn test of credit card numbers", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Luhn-test-of-credit-card-numbers/Scala/luhn-test-of-credit-card-numbers-1.scala). Adapted: luhnTest1 kept
// with its `var (odd, sum) = (true, 0)`; `number.reverse.map { _.toString.toShort }` as the reversed digits of
// toCharArray; the List of test numbers as an Array, each result printed instead of asserted.
object LuhnTest {
  def luhnTest1(number: String): Boolean = {
    var (odd, sum) = (true, 0)

    for (int <- number.reverse.toCharArray.map { _.asDigit }) {
      if (odd) sum += int else sum += (int * 2 % 10) + (int / 5)
      odd = !odd
    }
    sum % 10 == 0
  }

  def main(args: Array[String]): Unit = {
    val numbers = Array("49927398716", "49927398717", "1234567812345678", "1234567812345670")
    numbers.foreach(n => println(n + " " + luhnTest1(n)))
    println(numbers.count(luhnTest1) + " valid")
  }
}
