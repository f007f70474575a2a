// sorted and java.util.Arrays.sort order doubles and floats as java.lang.Double.compare does (-0.0 before 0.0, NaN
// last); min and max compare as Scala 2's Ordering.Double (<=, >=).
object LibrarySortedFloating {
  def main(args: Array[String]): Unit = {
    val d = Array(3.0, Double.NaN, -0.0, 0.0, -1.5, Double.PositiveInfinity, 0.0, -0.0, Double.NegativeInfinity)
    println(d.sorted.mkString(" "))
    println(d.min + " " + d.max + " " + Array(1.0, 2.0).min)
    val e = d.clone()
    java.util.Arrays.sort(e)
    println(e.mkString(" "))
    val f = Array(2.5f, -0.0f, 0.0f, Float.NaN, 1.0f)
    println(f.sorted.mkString(" "))
  }
}
