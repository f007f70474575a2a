// Source: Rosetta Code "Sieve of Eratosthenes" (Scala, the functional List version filtering out multiples),
// with the twin primes and prime gaps of the result; printing adapted.
object SieveList {
  def sieve(xs: List[Int]): List[Int] = xs match {
    case Nil => Nil
    case p :: rest => p :: sieve(rest.filter(_ % p != 0))
  }

  def primes(n: Int): List[Int] = sieve(List.range(2, n + 1))

  def main(args: Array[String]): Unit = {
    val ps = primes(200)
    println(ps.take(15) + " ... " + ps.length + " primes up to 200, the last " + ps.last)
    val twins = ps.zip(ps.tail).filter { case (a, b) => b - a == 2 }
    println("twin primes: " + twins.take(8).mkString(", "))
    val gaps = ps.zip(ps.tail).map { case (a, b) => b - a }
    println("largest gap " + gaps.max + " after " + ps(gaps.indexOf(gaps.max)))
    println("sum " + ps.sum + ", of squares below 50 " + ps.takeWhile(_ < 50).map(p => p * p).sum)
    println(ps.filter(p => p.toString == p.toString.reverse).mkString("palindromic: ", " ", ""))
    println(ps.exists(_ % 2 == 0) + " " + ps.forall(_ > 1) + " " + ps.count(_ % 10 == 3))
  }
}
