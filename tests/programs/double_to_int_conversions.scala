// Covers: Double/Float to Int/Long conversions: truncation toward zero,
// saturation at the type bounds, NaN to 0, infinities, and narrowing via Int.
object DoubleToIntConversions {
  def main(args: Array[String]): Unit = {
    val nan = Double.NaN
    println(nan.toInt)
    println(nan.toLong)
    println(1e20.toInt)
    println(-1e20.toInt)
    println(1e20.toLong)
    println(-1e20.toLong)
    println(3.99.toInt)
    println(-3.99.toInt)
    println(0.5.toInt)
    println(-0.5.toInt)
    println(2147483647.9.toInt)
    println(2147483648.0.toInt)
    println(-2147483649.0.toInt)
    println(3000000000.0.toInt)
    println(3000000000.0.toLong)
    println(Double.PositiveInfinity.toInt)
    println(Double.NegativeInfinity.toInt)
    println(Double.PositiveInfinity.toLong)
    println(Double.NegativeInfinity.toLong)
    println(9.2233720368547758E18.toLong)
    println(Float.NaN.toInt)
    println(1e10f.toInt)
    println(-1e10f.toLong)
    println(2.75f.toInt)
    println(-2.75f.toLong)
    println(65.7.toChar)
    println(300.7.toByte)
    println(-129.9.toByte)
    println(70000.5.toShort)
    println(1e20.toByte)
    println(97.9f.toChar)
    val d = 12345.6789
    println(d.toInt)
    println(d.toLong)
    println((d * 100).toInt)
    println(d.toFloat)
    val x = 7
    println((x / 2.0).toInt)
    println(math.sqrt(99).toInt)
  }
}
