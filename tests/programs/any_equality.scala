// Scala's `==` on values held as Any (BoxesRunTime.equals: numbers and chars by value across types, null-safe) and
// Java's `equals` (a box equals only a box of its own class), for every pair of a set of values.
object Main {
  def main(args: Array[String]): Unit = {
    val values = Array[Any](1, 1L, 1.0, 1.0f, 1.toByte, 1.toShort, 'a', 97, 97L, 97.0, 97.toByte, 97.toShort, "a",
      "1", null, true, false, Double.NaN, 0.0, -0.0, 0, (), (1, "a"), (1L, "a"), (1, "b"), 2.toByte, 2.toShort)
    println("==")
    for (x <- values) {
      val sb = new StringBuilder
      for (y <- values) sb.append(if (x == y) "T" else ".")
      println(sb.toString + "  " + x)
    }
    println("equals")
    for (x <- values) {
      if (x != null) {
        val sb = new StringBuilder
        for (y <- values) sb.append(if (x.equals(y)) "T" else ".")
        println(sb.toString + "  " + x)
      }
    }
    val a: Any = 1
    println(a == 1)
    println(a == 1L)
    println(a != 1.0)
    println(1 == 1L)
    println(1.equals(1L))
    println(1.equals(1))
    println("x" == ("x": Any))
    println(("x": Any) != "y")
    val nan: Any = Double.NaN
    println(nan == nan)
    println(nan.equals(nan))
    println(Double.NaN == Double.NaN)
    val n: Any = null
    println(n == null)
    println(n == n)
    println(null == n)
    println(a == null)
    println(n != a)
  }
}
