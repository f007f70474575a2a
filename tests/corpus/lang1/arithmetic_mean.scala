// Source: written for this test, after the Rosetta Code task "Averages/Arithmetic mean"
// (https://rosettacode.org/wiki/Averages/Arithmetic_mean): the numbers come as text, split and read with
// `toDouble` (decimal, exponent and signed forms), and the mean of an empty list is 0.
object ArithmeticMean {
  def mean(xs: Array[Double]): Double = if (xs.length == 0) 0.0 else xs.sum / xs.length

  def main(args: Array[String]): Unit = {
    val inputs = Array("1 2 3 4", "3.5 -2.25 1e2 0.1", "", "  7  ", "1.7976931348623157e308 -1.7976931348623157e308",
      "0.1 0.2 0.3")
    for (line <- inputs) {
      val words = line.trim.split(" ").filter(_.length > 0)
      val xs = words.map(_.toDouble)
      println("[" + line + "] n=" + xs.length + " mean=" + mean(xs))
    }
    println("2.5".toFloat * 2 + " " + java.lang.Double.parseDouble("-0x1.8p1"))
  }
}
