// Covers: literal forms (hex, Long, Float, Double, exponent, char, unicode escape) and
// constant literals narrowed to Byte/Short/Char by an expected type.
object LiteralNarrowing {
  def takeByte(b: Byte): Int = b * 2
  def takeShort(s: Short): Int = s + 1
  def takeChar(c: Char): Char = c

  def main(args: Array[String]): Unit = {
    val b: Byte = 10
    val nb: Byte = -128
    val s: Short = -300
    val smax: Short = 32767
    val c: Char = 65
    val c2: Char = 0x263A
    println(b)
    println(nb)
    println(s)
    println(smax)
    println(c)
    println(c2)
    println(takeByte(100))
    println(takeShort(32767))
    println(takeChar(66))
    println(0xFF)
    println(0x7fffffff)
    println(0xCAFEBABE)
    println(0xCAFEBABEL)
    println(0x7FFFFFFFFFFFFFFFL)
    println(123456789012L)
    println(1e10)
    println(1.5e-3)
    println(2.5E2)
    println(1e10f)
    println(3.25f)
    println(7d)
    println(7f)
    println(6.02e23)
    println('\u0041')
    println("caf\u00e9")
    println('\t'.toInt)
    println('\\')
    println('\'')
    println('"')
    val arr = new Array[Byte](2)
    arr(0) = 5
    arr(1) = -5
    println(arr(0) + arr(1))
  }
}
