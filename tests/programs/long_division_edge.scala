// Covers: Long division and remainder edge cases (MinValue / -1, negative operands,
// mixing Int and Long operands).
object LongDivisionEdge {
  def div(a: Long, b: Long): Long = a / b
  def rem(a: Long, b: Long): Long = a % b

  def main(args: Array[String]): Unit = {
    val min = Long.MinValue
    val m1 = -1L
    println(min / m1)
    println(min % m1)
    println(div(Long.MinValue, -1L))
    println(rem(Long.MinValue, -1))
    println(-7L % 3L)
    println(7L % -3L)
    println(-7L / 2L)
    println(7L / -2)
    println(div(-7, 2))
    println(rem(-7L, 3))
    println(Long.MaxValue / 1000000007L)
    println(Long.MaxValue % 1000000007L)
    println(Long.MinValue / 10)
    println(Long.MinValue % 10)
    println(9000000000L / 2)
    println(-9000000000L % 7)
    val i = 10
    val l = 3L
    println(i / l)
    println(i % l)
    var acc = 1000000000000L
    acc /= -3
    println(acc)
    acc %= 1000
    println(acc)
  }
}
