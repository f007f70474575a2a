// Source: written for this test, after the Rosetta Code task "Factorial" (https://rosettacode.org/wiki/Factorial):
// products over Long ranges, up to 20! (the largest that fits a Long) and one step past it, where Long wraps.
object FactorialsLongRange {
  def factorial(n: Long): Long = {
    var product = 1L
    (2L to n).foreach(k => product *= k)
    product
  }

  def main(args: Array[String]): Unit = {
    for (n <- 0L to 21L by 3L) println(n + "! = " + factorial(n))
    println(factorial(20L) + " " + factorial(21L))
    val evens = (2L to 20L by 2L)
    println(evens + " " + evens.sum + " " + evens.length)
    println(evens.map(factorial).filter(_ % 7L == 0L).length)
  }
}
