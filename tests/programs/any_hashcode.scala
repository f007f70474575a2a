// hashCode as the JVM computes it and ## as Scala computes it, for each primitive type, boxed or not, and strings.
object Main {
  def h(x: Any): String = x.hashCode + "/" + x.##
  def main(args: Array[String]): Unit = {
    println(h(0) + " " + h(1) + " " + h(-1) + " " + h(Int.MaxValue) + " " + h(Int.MinValue))
    println(h(0L) + " " + h(1L) + " " + h(-1L) + " " + h(Long.MaxValue) + " " + h(Long.MinValue) + " " + h(1L << 32) +
      " " + h(123456789012345L))
    println(h(0.0) + " " + h(-0.0) + " " + h(1.0) + " " + h(1.5) + " " + h(-2.0) + " " + h(Double.NaN) + " " +
      h(Double.PositiveInfinity) + " " + h(1e20) + " " + h(0.1) + " " + h(4.0e9))
    println(h(0.0f) + " " + h(-0.0f) + " " + h(1.0f) + " " + h(1.5f) + " " + h(Float.NaN) + " " + h(3.0e9f) + " " +
      h(0.1f))
    println(h(true) + " " + h(false) + " " + h('a') + " " + h('\u00e9') + " " + h(5.toByte) + " " + h((-5).toByte) +
      " " + h(300.toShort) + " " + h((-300).toShort))
    println(h("") + " " + h("a") + " " + h("hello") + " " + h("Hello, World!") + " " + h("\u00e9t\u00e9") + " " +
      h("a much longer string that overflows the hash several times"))
    println(7.hashCode + " " + 7L.hashCode + " " + 2.5.hashCode + " " + 2.5f.hashCode + " " + true.hashCode + " " +
      'x'.hashCode + " " + "abc".hashCode)
    println(7.## + " " + 7L.## + " " + 2.5.## + " " + 2.0.## + " " + 5000000000L.## + " " + 2.5f.## + " " + "abc".##)
    val n: Any = null
    println(n.##)
  }
}
