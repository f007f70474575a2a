// Source: Rosetta Code, https://rosettacode.org/wiki/Roman_numerals/Encode and
// https://rosettacode.org/wiki/Roman_numerals/Decode (Scala entries). Adapted: table-driven encoding with a
// StringBuilder and decoding with a match on characters, instead of the collection one-liners.
object RomanNumerals {
  val values = Array(1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
  val symbols = Array("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I")

  def encode(number: Int): String = {
    val sb = new StringBuilder
    var n = number
    var i = 0
    while (n > 0) {
      while (n >= values(i)) {
        sb.append(symbols(i))
        n -= values(i)
      }
      i += 1
    }
    sb.toString
  }

  def value(c: Char): Int = c.toUpper match {
    case 'I' => 1
    case 'V' => 5
    case 'X' => 10
    case 'L' => 50
    case 'C' => 100
    case 'D' => 500
    case 'M' => 1000
    case _ => 0
  }

  def decode(roman: String): Int = {
    var total = 0
    var i = 0
    while (i < roman.length) {
      val v = value(roman.charAt(i))
      if (i + 1 < roman.length && v < value(roman.charAt(i + 1))) total -= v else total += v
      i += 1
    }
    total
  }

  def main(args: Array[String]): Unit = {
    val years = Array(1990, 2008, 1666, 3999, 4, 14, 49)
    for (y <- years) println(y + " => " + encode(y) + " => " + decode(encode(y)))
    println(decode("mcmxc") + " " + decode("MMVIII") + " " + decode("MDCLXVI"))
  }
}
