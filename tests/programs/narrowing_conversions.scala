// Covers: toByte / toShort / toChar / toInt / toLong narrowing that keeps the low bits.
object NarrowingConversions {
  def main(args: Array[String]): Unit = {
    println(300.toByte)
    println((-129).toByte)
    println(128.toByte)
    println(255.toByte)
    println(127.toByte)
    println(65535.toShort)
    println(32768.toShort)
    println((-32769).toShort)
    println(70000.toShort)
    println(65.toChar)
    println((65 + 65536).toChar)
    println(97.toChar.toInt)
    println((-1).toChar.toInt)
    println(0x1F600.toChar.toInt)
    println(4294967297L.toInt)
    println(Long.MaxValue.toInt)
    println(Long.MinValue.toInt)
    println(0x123456789AL.toByte)
    println(0x123456789AL.toShort)
    println(0x41L.toChar)
    val b: Byte = -1
    println(b.toChar.toInt)
    println(b.toShort)
    println(b.toInt)
    println(b.toLong)
    val s: Short = -2
    println(s.toByte)
    println(s.toChar.toInt)
    val c: Char = '\uFFFE'
    println(c.toShort)
    println(c.toByte)
    println(c.toInt)
    val big = 1000
    val bb = big.toByte
    println(bb)
    println(bb + 1)
    println((bb + 1).toByte)
    var x = 0
    var sum = 0
    while (x < 300) {
      sum += x.toByte
      x += 1
    }
    println(sum)
  }
}
