// The boxes' static compare methods, with Double.compare's total order (-0.0 before 0.0, NaN last and equal to itself).
object Main {
  def main(args: Array[String]): Unit = {
    println(Integer.compare(3, 5) + " " + Integer.compare(5, 5) + " " + Integer.compare(Int.MaxValue, Int.MinValue))
    println(java.lang.Long.compare(7L, -2L))
    println(java.lang.Double.compare(0.0, -0.0) + " " + java.lang.Double.compare(Double.NaN, 1.0) + " " +
      java.lang.Double.compare(Double.NaN, Double.NaN) + " " + java.lang.Double.compare(1.5, 2.5))
    println(java.lang.Boolean.compare(true, false) + " " + Character.compare('a', 'd'))
    println(java.lang.Short.compare(3, 10) + " " + java.lang.Byte.compare(10, 3))
    println(java.lang.Float.compare(-0.0f, 0.0f))
  }
}
