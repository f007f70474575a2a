// Source: Rosetta Code, "Catalan numbers", Scala solution (acmeism/RosettaCodeData,
// Task/Catalan-numbers/Scala/catalan-numbers.scala). Adapted: BigInt as Long (exact up to n = 15 with the
// recurrence C(n+1) = 2(2n+1)/(n+2) C(n)); the foldLeft factorial kept as a local def over a range.
object Catalan {
  def catalan(n: Int): Long = {
    var c = 1L
    (0 until n).foreach { k => c = c * 2 * (2 * k + 1) / (k + 2) }
    c
  }

  def main(args: Array[String]) {
    def factorial(n: Int): Long = { var f = 1L; (1 to n).foreach(i => f *= i); f }
    for (n <- 0 to 15) {
      println("catalan(" + n + ") = " + catalan(n))
    }
    println(factorial(20) / (factorial(11) * factorial(10)) == catalan(10))
  }
}
