// Source: after Rosetta Code "Roman numerals/Encode" and "Decode": a List of (value, numeral) pairs folded over,
// and a Map from letters to values for decoding.
object RomanNumerals {
  val numerals = List(1000 -> "M", 900 -> "CM", 500 -> "D", 400 -> "CD", 100 -> "C", 90 -> "XC", 50 -> "L",
    40 -> "XL", 10 -> "X", 9 -> "IX", 5 -> "V", 4 -> "IV", 1 -> "I")

  def encode(n: Int): String = numerals.foldLeft((n, "")) { case ((rest, acc), (value, s)) =>
    (rest % value, acc + s * (rest / value))
  }._2

  val letters = Map('I' -> 1, 'V' -> 5, 'X' -> 10, 'L' -> 50, 'C' -> 100, 'D' -> 500, 'M' -> 1000)

  def decode(s: String): Int = {
    val values = s.toList.map(letters)
    values.zip(values.tail :+ 0).map { case (a, b) => if (a < b) -a else a }.sum
  }

  def main(args: Array[String]): Unit = {
    for (n <- List(1990, 2008, 1666, 3999, 4, 14, 444)) println(n + " " + encode(n) + " " + decode(encode(n)))
    println((1 to 3999).forall(n => decode(encode(n)) == n))
    println(letters)
  }
}
