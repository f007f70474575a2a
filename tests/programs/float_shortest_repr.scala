// Covers: Float/Double values whose shortest round-trip representation differs
// from what JDK 17 prints (JDK 17 adds a digit). The expected output is the
// shortest representation (JDK 19+ behaviour); see README.md in this folder.
object FloatShortestRepr {
  def main(args: Array[String]): Unit = {
    println(Int.MaxValue.toFloat)
    println(123456789.toFloat)
    println(2.0E-3)
    println(1.0E23)
    println(2e23)
    println(4.9E-324)
    println(Float.MinPositiveValue)
    println(1.0E-5f)
    println(2.0E-3f)
    println(8.41E21)
    println(5.0E-4)
    println(123456789123L.toFloat)
  }
}
