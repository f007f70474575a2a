// Source: Rosetta Code, https://rosettacode.org/wiki/Nth_root#Scala (Newton's method). Adapted: iteration with a
// tolerance parameter that has a default, compared with math.pow, results printed with format.
object NthRoot {
  def nthRoot(n: Int, a: Double, epsilon: Double = 1e-12): Double = {
    var x = a / n
    var delta = 1.0
    do {
      val next = ((n - 1) * x + a / math.pow(x, n - 1)) / n
      delta = math.abs(next - x)
      x = next
    } while (delta > epsilon)
    x
  }

  def main(args: Array[String]): Unit = {
    println("%.10f".format(nthRoot(2, 2)))
    println("%.10f".format(nthRoot(3, 27)))
    println("%.10f".format(nthRoot(5, 34.0)))
    println("%.6f %.6f".format(nthRoot(10, 1024, epsilon = 1e-6), math.pow(1024, 0.1)))
    println(math.pow(2, 10) + " " + math.pow(2.5, 3) + " " + math.pow(10, -2))
  }
}
