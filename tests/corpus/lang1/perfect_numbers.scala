// Source: Rosetta Code, "Perfect numbers", Scala solution 2 (acmeism/RosettaCodeData,
// Task/Perfect-numbers/Scala/perfect-numbers-2.scala). Adapted: the yielded divisors summed with foreach (no
// `sum` needed), a main searching up to 10000.
object PerfectNumbers {
  def perfect(n: Int) = {
    var sum = 1
    (for (x <- 2 to n / 2 if n % x == 0) yield x).foreach(sum += _)
    sum == n && n > 1
  }
  def main(args: Array[String]): Unit = {
    for (n <- 1 to 10000 if perfect(n)) println(n)
  }
}
