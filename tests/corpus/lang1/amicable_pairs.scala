// Source: Rosetta Code, "Amicable pairs", Scala solution (acmeism/RosettaCodeData,
// Task/Amicable-pairs/Scala/amicable-pairs.scala). Adapted: the divisor sums come from a sieve over Range values
// (`2 * i to limit by i`) instead of `(1 to n/2).filter(...).sum` per number, the Map as an array, pairs printed as
// tuples.
object AmicablePairs {
  def main(args: Array[String]): Unit = {
    val limit = 20000
    val divisorsSum = Array.fill(limit + 1)(0)
    for (i <- 1 to limit / 2) (2 * i to limit by i).foreach(j => divisorsSum(j) += i)
    val result = for {
      n <- 1 to limit
      m = divisorsSum(n)
      if n < m && m <= limit && divisorsSum(m) == n
    } yield (n, m)
    println(result)
  }
}
