// Integer.toString/valueOf of a String, compareTo on a box, java.lang.Long arithmetic, Arrays.sort of a range (with
// Double.compare's order and the JDK's range check).
object Main {
  def main(args: Array[String]): Unit = {
    println(Integer.toString(42) + Integer.valueOf("17"))
    println(java.lang.Integer.MIN_VALUE)
    val a = Array(5, 2, 8, 1, 9)
    java.util.Arrays.sort(a, 1, 4)
    println(a.mkString(","))
    val n: java.lang.Integer = 5
    println(n.compareTo(7) + " " + n.equals(5))
    val l: java.lang.Long = 5L
    println(l + 1)
    val d = Array(3.0, -0.0, Double.NaN, 0.0, -1.5)
    java.util.Arrays.sort(d, 0, 5)
    println(d.mkString(" "))
    try java.util.Arrays.sort(a, 3, 9) catch { case e: ArrayIndexOutOfBoundsException => println(e.getMessage) }
  }
}
