package algo

import conf.Limits

object Sieve {
  def primes(): Array[Int] = {
    val n = Limits.upTo
    val composite = new Array[Boolean](n + 1)
    var count = 0
    for (i <- 2 to n) {
      if (!composite(i)) {
        count += 1
        var j = i * i
        while (j <= n) {
          composite(j) = true
          j += i
        }
      }
    }
    val out = new Array[Int](count)
    var k = 0
    for (i <- 2 to n) if (!composite(i)) {
      out(k) = i
      k += 1
    }
    out
  }
}
