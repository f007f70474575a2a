// Source: Rosetta Code, https://rosettacode.org/wiki/Binary_digits#Scala (`toBinaryString`). Adapted: also the
// hexadecimal and octal forms, Integer's static versions, and parsing back with Integer.parseInt(s, 2).
object BinaryDigits {
  def main(args: Array[String]): Unit = {
    val numbers = Array(0, 5, 50, 9000, Int.MaxValue, -1)
    for (n <- numbers) {
      val bits = n.toBinaryString
      println(n + " -> " + bits + " (" + Integer.toHexString(n) + ", " + Integer.toOctalString(n) + ")")
    }
    println(Integer.parseInt("101010", 2) + " " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-777", 8))
    println(java.lang.Long.toBinaryString(1L << 40) + " " + java.lang.Long.toHexString(-2L))
    println(Integer.bitCount(255) + " " + Integer.bitCount(-1))
  }
}
