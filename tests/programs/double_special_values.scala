// Covers: NaN, infinities, signed zero, Double.MaxValue, denormals, and
// comparison semantics of NaN and -0.0.
object DoubleSpecialValues {
  def main(args: Array[String]): Unit = {
    val nan = Double.NaN
    val inf = Double.PositiveInfinity
    val ninf = Double.NegativeInfinity
    println(nan)
    println(inf)
    println(ninf)
    println(nan == nan)
    println(nan != nan)
    println(nan < 1.0)
    println(nan > 1.0)
    println(nan <= nan)
    println(inf > Double.MaxValue)
    println(ninf < -Double.MaxValue)
    println(inf + ninf)
    println(inf * 0)
    println(inf - 1e308)
    val zero = 0.0
    println(1 / zero)
    println(-1 / zero)
    println(zero / zero)
    println(1.0 % zero)
    val nz = -0.0
    println(nz)
    println(nz == zero)
    println(1 / nz)
    println(zero * -1)
    println(nz + 0.0)
    println(Double.MaxValue)
    println(Double.MaxValue * 2)
    println(-Double.MaxValue)
    println(4.9E-324)
    println(Double.MinPositiveValue)
    println(Double.MinPositiveValue / 2)
    println(2.2250738585072014E-308)
    println(1e-320)
    println(1e308 * 10)
    println(math.sqrt(-1.0))
    println(math.sqrt(inf))
    println(nan + 1)
    println(nan.toFloat)
    println(inf.toFloat)
    println(1e300.toFloat)
    println(1e-50.toFloat)
  }
}
