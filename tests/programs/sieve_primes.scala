// Covers: compute-heavy speed check: sieve of Eratosthenes up to 100000 with a
// Boolean array, counting and summing primes, largest prime gap.
object SievePrimes {
  def main(args: Array[String]): Unit = {
    val n = 100000
    val composite = new Array[Boolean](n + 1)
    var i = 2
    while (i.toLong * i <= n) {
      if (!composite(i)) {
        var j = i * i
        while (j <= n) {
          composite(j) = true
          j += i
        }
      }
      i += 1
    }
    var count = 0
    var sum = 0L
    var last = 0
    var gap = 0
    var gapAt = 0
    for (k <- 2 to n) {
      if (!composite(k)) {
        count += 1
        sum += k
        if (last > 0 && k - last > gap) {
          gap = k - last
          gapAt = last
        }
        last = k
      }
    }
    println(count)
    println(sum)
    println(last)
    println(gap + " after " + gapAt)
    var rounds = 0
    var total = 0
    while (rounds < 20) {
      val c = new Array[Boolean](n + 1)
      var p = 2
      while (p * p <= n) {
        if (!c(p)) {
          var q = p * p
          while (q <= n) {
            c(q) = true
            q += p
          }
        }
        p += 1
      }
      var k = 2
      while (k <= n) {
        if (!c(k)) total += 1
        k += 1
      }
      rounds += 1
    }
    println(total)
  }
}
