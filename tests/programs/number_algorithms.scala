// Covers: integer algorithms with loops and helper methods: primality,
// digit sums, number reversal, perfect numbers, integer square root, bit reversal.
object NumberAlgorithms {
  def isPrime(n: Int): Boolean = {
    if (n < 2) false
    else {
      var d = 2
      var prime = true
      while (d * d <= n && prime) {
        if (n % d == 0) prime = false
        d += 1
      }
      prime
    }
  }

  def digitSum(n: Long): Int = {
    var v = if (n < 0) -n else n
    var s = 0
    while (v > 0) {
      s += (v % 10).toInt
      v /= 10
    }
    s
  }

  def reverseNum(n: Int): Int = {
    var v = n
    var r = 0
    while (v != 0) {
      r = r * 10 + v % 10
      v /= 10
    }
    r
  }

  def isPerfect(n: Int): Boolean = {
    var s = 1
    var d = 2
    while (d * d <= n) {
      if (n % d == 0) {
        s += d
        if (d != n / d) s += n / d
      }
      d += 1
    }
    n > 1 && s == n
  }

  def isqrt(n: Long): Long = {
    var x = math.sqrt(n.toDouble).toLong
    while (x * x > n) x -= 1
    while ((x + 1) * (x + 1) <= n) x += 1
    x
  }

  def reverseBits(v: Int): Int = {
    var x = v
    var r = 0
    for (i <- 0 until 32) {
      r = (r << 1) | (x & 1)
      x >>>= 1
    }
    r
  }

  def main(args: Array[String]): Unit = {
    var primes = ""
    for (n <- 0 to 50) if (isPrime(n)) primes = primes + n + " "
    println(primes)
    println(isPrime(1000000007))
    println(isPrime(1000000007 * 3))
    println(digitSum(9876543210L))
    println(digitSum(-123))
    println(reverseNum(12345))
    println(reverseNum(-120))
    var perfect = ""
    for (n <- 1 to 10000) if (isPerfect(n)) perfect = perfect + n + " "
    println(perfect)
    println(isqrt(999999999999L))
    println(isqrt(1000000000000L))
    println(reverseBits(1))
    println(reverseBits(0x0F0F0F0F))
  }
}
