// Covers: comparisons between different numeric types after widening
// (Int/Long/Float/Double/Char), precision loss in widening, and == on mixed types.
object NumericComparisons {
  def main(args: Array[String]): Unit = {
    println(1 == 1L)
    println(1 == 1.0)
    println('a' == 97)
    println('a' == 97L)
    println(0.1f == 0.1)
    println(0.5f == 0.5)
    println(Int.MaxValue.toFloat == 2147483648.0)
    println(Int.MaxValue == Int.MaxValue.toFloat)
    println(Long.MaxValue == Long.MaxValue.toDouble)
    println(9007199254740993L == 9007199254740992.0)
    println(16777217 == 16777216.0f)
    println(16777217 == 16777216.0)
    println(3L < 3.5)
    println(-1 < 0L)
    println(Int.MinValue < Long.MinValue)
    println(2.0f > 1.9999999)
    println(1e10 > Int.MaxValue)
    val big: Long = 1L << 53
    println(big + 1 == (big + 1).toDouble)
    println((big + 1).toDouble == big.toDouble)
    val b: Byte = -1
    val c: Char = '\uFFFF'
    println(b == -1)
    println(c == 65535)
    println(b == c)
    println(b.toChar == c)
  }
}
