// Covers: two's complement wrap-around for +, -, * and unary minus on Int and Long.
object IntOverflowWrap {
  def add(a: Int, b: Int): Int = a + b
  def mulL(a: Long, b: Long): Long = a * b

  def main(args: Array[String]): Unit = {
    val max = Int.MaxValue
    val min = Int.MinValue
    println(max + 1)
    println(min - 1)
    println(max * 2)
    println(max * max)
    println(min * -1)
    println(-min)
    println(add(2000000000, 2000000000))
    println(65536 * 65536)
    println(46341 * 46341)
    val lmax = Long.MaxValue
    val lmin = Long.MinValue
    println(lmax + 1)
    println(lmin - 1)
    println(lmax * 2)
    println(-lmin)
    println(mulL(4294967296L, 4294967296L))
    println(mulL(3037000500L, 3037000500L))
    println(max + 1L)
    println(max.toLong * 2)
    var h = 0
    var i = 0
    while (i < 20) {
      h = h * 31 + 1000003
      i += 1
    }
    println(h)
    var hl = 17L
    i = 0
    while (i < 20) {
      hl = hl * 1099511628211L + i
      i += 1
    }
    println(hl)
    var k = Int.MaxValue
    k += 10
    println(k)
    k -= 20
    println(k)
    k *= 3
    println(k)
  }
}
