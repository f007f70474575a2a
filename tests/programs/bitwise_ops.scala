// Covers: & | ^ ~ on Int and Long (including negatives), bitwise compound
// assignments, and the non-short-circuit Boolean operators & | ^.
object BitwiseOps {
  def popcount(x: Int): Int = {
    var v = x
    var n = 0
    while (v != 0) {
      n += v & 1
      v = v >>> 1
    }
    n
  }

  def main(args: Array[String]): Unit = {
    val a = 0x5A
    val b = 0x0F
    println(a & b)
    println(a | b)
    println(a ^ b)
    println(~a)
    println(~0)
    println(-1 & 0xFF)
    println(-256 | 15)
    println(-1 ^ 0x7FFFFFFF)
    println(0xFFFFFFFF)
    println(0x80000000)
    println(popcount(-1))
    println(popcount(0x12345678))
    val la = 0xFF00FF00FF00FF00L
    println(la)
    println(la & 0xFFFFL)
    println(la | 1L)
    println(la ^ -1L)
    println(~la)
    println(~0L)
    println(5 & 3L)
    var m = 0xF0
    m &= 0x3C
    println(m)
    m |= 0x01
    println(m)
    m ^= 0xFF
    println(m)
    var ml = 1L
    ml |= 1L << 40
    println(ml)
    ml ^= 1L
    println(ml)
    ml &= ~(1L << 40)
    println(ml)
    println(true & false)
    println(true | false)
    println(true ^ true)
    println(false ^ true)
    val c: Char = 'a'
    println(c & 0x5F)
    println((c & 0x5F).toChar)
  }
}
