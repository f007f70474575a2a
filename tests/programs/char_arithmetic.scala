// Covers: Char arithmetic (Char + Int is Int), toChar back to characters,
// comparisons between chars, char ranges in loops and Char.MaxValue.
object CharArithmetic {
  def shift(c: Char, n: Int): Char = ((c - 'a' + n) % 26 + 'a').toChar

  def main(args: Array[String]): Unit = {
    println('a' + 1)
    println(('a' + 1).toChar)
    println('z' - 'a')
    println('A' * 2)
    println('a' < 'b')
    println('Z' > 'a')
    println('a' == 97)
    println('0' + 5)
    println(('0' + 5).toChar)
    println('7' - '0')
    println(shift('x', 5))
    println(shift('a', 25))
    var c = 'a'
    c = (c + 2).toChar
    println(c)
    c = (c + 1).toChar
    println(c)
    val up = (c - 32).toChar
    println(up)
    println(Char.MaxValue.toInt)
    println(Char.MinValue.toInt)
    println('\u00e9'.toInt)
    println(('\u00e9' + 1).toChar)
    var line = ""
    var ch = 'a'
    while (ch <= 'j') {
      line = line + ch
      ch = (ch + 1).toChar
    }
    println(line)
    var sum = 0
    for (k <- 'a'.toInt to 'e'.toInt) sum += k
    println(sum)
    val x: Int = 'b'
    println(x)
    val l: Long = 'c'
    println(l)
    val d: Double = 'd'
    println(d)
    println('a' + 'b')
    println("" + 'a' + 'b')
  }
}
