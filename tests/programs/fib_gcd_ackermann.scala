// Covers: classic recursive functions: naive fib, iterative fib in Long,
// Euclid's gcd (recursive and iterative), lcm, small Ackermann, power by squaring.
object FibGcdAckermann {
  def fib(n: Int): Int = if (n < 2) n else fib(n - 1) + fib(n - 2)

  def fibLong(n: Int): Long = {
    var a = 0L
    var b = 1L
    var i = 0
    while (i < n) {
      val t = a + b
      a = b
      b = t
      i += 1
    }
    a
  }

  def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)

  def gcdLoop(x: Long, y: Long): Long = {
    var a = x
    var b = y
    while (b != 0) {
      val t = a % b
      a = b
      b = t
    }
    a
  }

  def lcm(a: Long, b: Long): Long = a / gcdLoop(a, b) * b

  def ack(m: Int, n: Int): Int = {
    if (m == 0) n + 1
    else if (n == 0) ack(m - 1, 1)
    else ack(m - 1, ack(m, n - 1))
  }

  def pow(b: Long, e: Int): Long = {
    if (e == 0) 1L
    else {
      val h = pow(b, e / 2)
      if (e % 2 == 0) h * h else h * h * b
    }
  }

  def main(args: Array[String]): Unit = {
    for (i <- 0 to 15) print(fib(i) + " ")
    println()
    println(fib(25))
    println(fibLong(50))
    println(fibLong(92))
    println(fibLong(93))
    println(gcd(1071, 462))
    println(gcd(17, 5))
    println(gcd(0, 9))
    println(gcdLoop(1234567890123L, 9876543210L))
    var l = 1L
    for (k <- 1 to 20) l = lcm(l, k)
    println(l)
    println(ack(0, 0))
    println(ack(1, 2))
    println(ack(2, 3))
    println(ack(3, 3))
    println(pow(2, 62))
    println(pow(3, 39))
    println(pow(10, 19))
  }
}
