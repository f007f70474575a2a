// Source: after Rosetta Code "Sieve of Eratosthenes" (the functional version on List) and "Prime decomposition".
object PrimesList {
  def sieve(xs: List[Int]): List[Int] = xs match {
    case Nil => Nil
    case p :: rest => p :: sieve(rest.filter(_ % p != 0))
  }

  def factors(n: Long): List[Long] = {
    def loop(n: Long, d: Long, acc: List[Long]): List[Long] =
      if (n == 1) acc.reverse
      else if (d * d > n) (n :: acc).reverse
      else if (n % d == 0) loop(n / d, d, d :: acc)
      else loop(n, d + 1, acc)
    loop(n, 2, Nil)
  }

  def main(args: Array[String]): Unit = {
    val primes = sieve((2 to 200).toList)
    println(primes)
    println(primes.length + " " + primes.sum + " " + primes.last)
    println(primes.sliding(2).count { case List(a, b) => b - a == 2 })
    for (n <- List(12L, 97L, 360L, 9007199254740993L, 600851475143L)) println(n + " = " + factors(n).mkString(" * "))
    println(primes.takeWhile(_ < 50).reverse)
    println(primes.map(_ % 10).groupBy(identity).map { case (d, l) => (d, l.size) }.toList.sorted)
  }
}
