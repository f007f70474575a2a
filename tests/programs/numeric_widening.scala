// Covers: widening in mixed arithmetic (Int+Long, Int/Double, Int+Char, Float+Double,
// Byte+Short), widening of arguments and of values assigned to wider types.
object NumericWidening {
  def twice(x: Long): Long = x * 2
  def half(x: Double): Double = x / 2
  def show(x: Float): String = "f=" + x

  def main(args: Array[String]): Unit = {
    println(1 + 2L)
    println(3 / 2)
    println(3 / 2.0)
    println(3.0 / 2)
    println(1 + 'a')
    println(1L + 'a')
    println(2 * 1.5f)
    println(1.5f + 0.25)
    println(1 / 4f)
    println(Int.MaxValue + 1L)
    println(Int.MaxValue * 2L)
    println(twice(Int.MaxValue))
    println(half(7))
    println(show(3))
    val bt: Byte = 100
    val sh: Short = 30000
    println(bt + sh)
    println(bt * bt)
    val i: Int = bt
    val l: Long = i
    val d: Double = i
    val f: Float = bt
    println(i)
    println(l)
    println(d)
    println(f)
    val big: Long = 123456789123L
    println(big + 0.5)
    println(3000000000L * 1.0f)
    println(10 - 0.1)
    println(7 % 2.5)
    println(-7 % 2.5)
    println(1e3.toInt + 1)
    val sum = 1 + 2L + 3.0f + 4.0
    println(sum)
    var acc = 0.0
    acc += 1
    acc += 2L
    acc += 'a'
    println(acc)
    var al = 0L
    al += 5
    al += 'b'
    println(al)
    println(16777217.toFloat)
    println(9007199254740993L.toDouble)
    println(16777219.toFloat)
  }
}
