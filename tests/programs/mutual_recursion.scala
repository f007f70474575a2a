// Covers: mutual recursion between methods of one object and between two objects.
object Parity {
  def isEven(n: Int): Boolean = if (n == 0) true else isOdd(n - 1)
  def isOdd(n: Int): Boolean = if (n == 0) false else isEven(n - 1)
}

object Ping {
  var hits = 0
  def ping(n: Int): Int = {
    hits += 1
    if (n <= 0) 0 else 1 + Pong.pong(n - 1)
  }
}

object Pong {
  def pong(n: Int): Int = if (n <= 0) 0 else 2 + Ping.ping(n - 1)
}

object MutualRecursion {
  def collatzSteps(n: Long): Int = if (n == 1) 0 else if (n % 2 == 0) evenStep(n) else oddStep(n)
  def evenStep(n: Long): Int = 1 + collatzSteps(n / 2)
  def oddStep(n: Long): Int = 1 + collatzSteps(3 * n + 1)

  def main(args: Array[String]): Unit = {
    println(Parity.isEven(10))
    println(Parity.isOdd(10))
    println(Parity.isEven(7777))
    println(Parity.isOdd(7777))
    println(Parity.isEven(0))
    println(Ping.ping(11))
    println(Ping.hits)
    println(Pong.pong(6))
    println(Ping.hits)
    println(collatzSteps(27))
    println(collatzSteps(1))
    println(collatzSteps(837799))
  }
}
