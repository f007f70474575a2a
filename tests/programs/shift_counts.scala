// Covers: shifts with counts taken modulo 32 (Int) / 64 (Long), negative counts,
// >>> versus >> on negative numbers, shift compound assignments.
object ShiftCounts {
  def shl(a: Int, n: Int): Int = a << n
  def shlL(a: Long, n: Int): Long = a << n

  def main(args: Array[String]): Unit = {
    println(1 << 33)
    println(1 << 32)
    println(1 << 31)
    println(1 << -1)
    println(shl(1, 33))
    println(shl(1, -1))
    println(shl(3, 64))
    println(1L << 65)
    println(1L << 64)
    println(1L << 63)
    println(1L << -1)
    println(shlL(1L, 65))
    println(shlL(5L, 32))
    println(-1 >>> 28)
    println(-1 >>> 0)
    println(-1 >>> 32)
    println(-16 >> 2)
    println(-16 >>> 2)
    println(-17 >> 1)
    println(Int.MinValue >> 31)
    println(Int.MinValue >>> 31)
    println(-1L >>> 60)
    println(-1L >>> 1)
    println(-256L >> 4)
    println(Long.MinValue >>> 63)
    println(Long.MinValue >> 63)
    println(-1L >>> 64)
    var x = 1
    x <<= 10
    println(x)
    x >>= 3
    println(x)
    x = -x
    x >>>= 24
    println(x)
    var y = -1L
    y >>>= 33
    println(y)
    y <<= 2
    println(y)
    y >>= 1
    println(y)
    val b: Byte = -8
    println(b >> 1)
    println(b >>> 28)
    val c = 'A'
    println(c << 2)
  }
}
