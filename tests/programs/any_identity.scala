// Objects and arrays without their own toString print as `Name@hex` of their identity hash; the hash is stable per
// object, and it is what hashCode returns. The JVM's values differ from run to run, so only their properties are
// printed.
object Main {
  class Plain(val x: Int)
  def hexOf(h: Int): String = Integer.toHexString(h)
  def check(label: String, shown: String, prefix: String, hash: Int): Unit =
    println(label + ": " + shown.startsWith(prefix) + " " + (shown.substring(prefix.length) == hexOf(hash)))

  def main(args: Array[String]): Unit = {
    val a = new Plain(1)
    val b = new Plain(1)
    check("plain", a.toString, "Main$Plain@", a.hashCode)
    check("as Any", (a: Any).toString, "Main$Plain@", (a: Any).hashCode)
    check("concat", "" + b, "Main$Plain@", b.##)
    println(a.hashCode == a.hashCode)
    println(a.toString == ("" + a))
    println(a == b)
    val ints = Array(1, 2, 3)
    check("Array[Int]", ints.toString, "[I@", ints.hashCode)
    val strings = Array("x")
    check("Array[String]", "" + strings, "[Ljava.lang.String;@", strings.hashCode)
    val doubles: Any = new Array[Double](1)
    check("Array[Double] as Any", doubles.toString, "[D@", doubles.hashCode)
    val grid = Array.ofDim[Int](2, 2)
    check("Array[Array[Int]]", grid.toString, "[[I@", grid.hashCode)
    val objects = Array[Any](a)
    check("Array[Any]", objects.toString, "[Ljava.lang.Object;@", objects.hashCode)
    val plains = new Array[Plain](1)
    check("Array[Plain]", plains.toString, "[LMain$Plain;@", plains.hashCode)
    val h1 = ints.hashCode
    ints(0) = 42
    println(h1 == ints.hashCode)
  }
}
