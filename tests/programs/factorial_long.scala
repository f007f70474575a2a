// Covers: Long recursion: factorials up to 20 exactly, 21! overflowing,
// binomial coefficients, and an Int factorial that overflows early.
object FactorialLong {
  def fact(n: Int): Long = if (n <= 1) 1L else n * fact(n - 1)
  def factInt(n: Int): Int = if (n <= 1) 1 else n * factInt(n - 1)

  def choose(n: Int, k: Int): Long = {
    var r = 1L
    var i = 1
    while (i <= k) {
      r = r * (n - k + i) / i
      i += 1
    }
    r
  }

  def main(args: Array[String]): Unit = {
    var i = 0
    while (i <= 21) {
      println(i + "! = " + fact(i))
      i += 1
    }
    println(factInt(12))
    println(factInt(13))
    println(factInt(17))
    println(choose(10, 3))
    println(choose(52, 5))
    println(choose(60, 30))
  }
}
