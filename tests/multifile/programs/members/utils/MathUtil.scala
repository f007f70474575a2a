package utils

object MathUtil {
  val base: Int = 10
  var calls: Int = 0
  def square(n: Int): Int = {
    calls += 1
    n * n
  }
  def cube(n: Int): Int = {
    calls += 1
    n * n * n
  }
  def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)
}

object Counter {
  var count: Long = 0L
  def bump(): Long = {
    count += 1
    count
  }
}
