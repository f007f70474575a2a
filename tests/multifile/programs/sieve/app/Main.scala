package app

import algo.Sieve
import conf.Limits.{perLine, upTo => limit}

object Main {
  def main(args: Array[String]): Unit = {
    val ps = Sieve.primes()
    println(s"${ps.length} primes up to $limit")
    var line = ""
    for (i <- 0 until ps.length) {
      line = line + ps(i)
      if ((i + 1) % perLine == 0 || i == ps.length - 1) {
        println(line)
        line = ""
      } else line = line + " "
    }
    var sum = 0L
    for (p <- ps) sum += p
    println(sum)
  }
}
