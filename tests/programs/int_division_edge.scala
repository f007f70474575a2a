// Covers: Int division and remainder edge cases with JVM semantics
// (truncation toward zero, sign of remainder follows dividend, MinValue / -1).
object IntDivisionEdge {
  def div(a: Int, b: Int): Int = a / b
  def rem(a: Int, b: Int): Int = a % b

  def main(args: Array[String]): Unit = {
    val min = Int.MinValue
    val m1 = -1
    println(min / m1)
    println(min % m1)
    println(div(Int.MinValue, -1))
    println(rem(Int.MinValue, -1))
    println(-7 % 3)
    println(7 % -3)
    println(-7 % -3)
    println(-7 / 2)
    println(7 / -2)
    println(-7 / -2)
    println(div(-7, 2))
    println(rem(-7, 3))
    println(rem(7, -3))
    println(0 / 5)
    println(0 % -5)
    println(Int.MaxValue / -1)
    println(Int.MinValue / 2)
    println(Int.MinValue % 2)
    println(Int.MinValue / Int.MinValue)
    println(Int.MaxValue % Int.MinValue)
    println(Int.MinValue % Int.MaxValue)
    var x = 100
    x /= -7
    println(x)
    x %= 5
    println(x)
  }
}
