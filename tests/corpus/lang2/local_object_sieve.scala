// Source: Rosetta Code, "Sieve of Eratosthenes" (https://rosettacode.org/wiki/Sieve_of_Eratosthenes): the primes up
// to a limit with a boolean array. Adapted: each run keeps its bookkeeping in an object defined inside the method,
// which announces when it is made; as on the JVM it is made on the first use, once per call, and not at all by a
// call that never uses it.
object Main {
  def sieve(limit: Int, verbose: Boolean): Array[Int] = {
    object Stats {
      println("  (stats for " + limit + ")")
      var crossed = 0
      var passes = 0
      def report(): String = passes + " passes, " + crossed + " crossings"
    }
    val composite = new Array[Boolean](limit + 1)
    var p = 2
    while (p * p <= limit) {
      if (!composite(p)) {
        if (verbose) Stats.passes += 1
        var m = p * p
        while (m <= limit) {
          if (verbose && !composite(m)) Stats.crossed += 1
          composite(m) = true
          m += p
        }
      }
      p += 1
    }
    if (verbose) println("  " + Stats.report())
    (2 to limit).filter(i => !composite(i)).toArray
  }

  def main(args: Array[String]): Unit = {
    println(sieve(30, verbose = true).mkString(" "))
    println(sieve(100, verbose = false).length)
    println(sieve(1000, verbose = true).takeRight(5).mkString(" "))
  }
}
