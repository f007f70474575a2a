// Source: Rosetta Code, "Greatest common divisor", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Greatest-common-divisor/Scala/greatest-common-divisor-1.scala). Adapted: a main applies it to pairs given as
// tuples, with a tuple pattern in the for.
object Gcd {
  def gcd(a: Int, b: Int): Int = if (b == 0) a.abs else gcd(b, a % b)
  def main(args: Array[String]): Unit = {
    val pairs = Array((12, 18), (-4, 14), (1071, 1029), (0, 5), (17, 0))
    for ((a, b) <- pairs) println("gcd(" + a + ", " + b + ") = " + gcd(a, b))
    val lcms = pairs.filter(p => p._1 != 0 && p._2 != 0).map { case (a, b) => (a * b).abs / gcd(a, b) }
    lcms.foreach(println)
  }
}
