// Covers: Float arithmetic and Float.toString (float precision digits),
// Float constants and Float-to-Double widening showing the binary value.
object FloatPrinting {
  def main(args: Array[String]): Unit = {
    println(0.1f)
    println(1.0f / 3)
    println(2.0f / 3)
    println(0.1f + 0.2f)
    println(0.1f.toDouble)
    println(Float.MaxValue)
    println(Float.MinPositiveValue)
    println(1e10f)
    println(1.5e-5f)
    println(100.0f)
    println(1e7f)
    println(9999999.0f)
    println(-0.0f)
    println(3.14159f)
    println(16777216.0f + 1.0f)
    println(0.5f * 3)
    println(1.0f / 0)
    println(-1.0f / 0)
    println(0.0f / 0)
    println(Float.MaxValue * 2)
    println(Float.PositiveInfinity)
    println(2.5f.toDouble)
    println(1.0f / 3 == 1.0 / 3)
    println((1.0f / 3).toDouble)
    var f = 0.0f
    var i = 0
    while (i < 10) {
      f += 0.1f
      i += 1
    }
    println(f)
    println(s"float ${1.25f}")
    println("f: " + 7.5f)
    println(1.1f * 1.1f)
    println(1.0f - 0.9f)
    println(Long.MaxValue.toFloat)
  }
}
