// Covers: left-to-right evaluation order of operands, method arguments,
// array index/value in an update, string concatenation parts, and constructor arguments.
class Pair(val a: Int, val b: Int)

object EvaluationOrder {
  var trace = ""

  def v(label: String, x: Int): Int = {
    trace = trace + label
    x
  }

  def three(x: Int, y: Int, z: Int): Int = x * 100 + y * 10 + z

  def main(args: Array[String]): Unit = {
    println(v("a", 1) + v("b", 2) * v("c", 3))
    println(trace)
    trace = ""
    println(three(v("x", 1), v("y", 2), v("z", 3)))
    println(trace)
    trace = ""
    val arr = new Array[Int](3)
    arr(v("i", 1)) = v("v", 7)
    println(trace + " " + arr(1))
    trace = ""
    println("s" + v("p", 1) + v("q", 2) + v("r", 3))
    println(trace)
    trace = ""
    val p = new Pair(v("first", 1), v("second", 2))
    println(trace + " " + p.a + p.b)
    trace = ""
    println(v("L", 10) - v("R", 3) - v("S", 2))
    println(trace)
    trace = ""
    var n = 5
    n += v("inc", n)
    println(n + " " + trace)
    trace = ""
    println(v("cmp1", 1) < v("cmp2", 2))
    println(trace)
  }
}
