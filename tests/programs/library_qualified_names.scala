// Fully qualified library names mean what their short names mean: scala.collection.immutable.List(1) is List(1),
// scala.None is None, java.lang.StrictMath.abs is Math.abs, scala.Predef.println is println; String.valueOf as the JVM.
object Main {
  def total(xs: scala.collection.immutable.List[Int]): Int = xs.sum
  def main(args: Array[String]): Unit = {
    val xs = scala.collection.immutable.List(3, 1, 2)
    val v: scala.collection.immutable.Vector[Int] = scala.collection.immutable.Vector(4, 5)
    val m = scala.collection.immutable.Map("a" -> 1, "b" -> 2)
    val s = scala.collection.immutable.Set(1, 2, 2)
    scala.Predef.println(xs.sorted + " " + v + " " + m + " " + s)
    println(total(scala.collection.immutable.List.fill(3)(2)) + total(scala.List.range(0, 4)))
    println(scala.collection.immutable.List.empty[Int] + " " + scala.collection.immutable.Nil + " " + scala.None)
    println(scala.Some(1).map(_ + 1) + " " + scala.Option(null: String) + " " + scala.util.Left(3) + " " + scala.util.Right("r"))
    println(scala.collection.Seq(1, 2) + " " + scala.collection.IndexedSeq(1) + " " + scala.collection.immutable.IndexedSeq(2))
    println(scala.collection.immutable.Range.inclusive(1, 3) + " " + _root_.scala.collection.immutable.Vector.fill(2)(7))
    println(scala.Array(1, 2, 3).length + java.lang.StrictMath.abs(-3) + StrictMath.max(1, 2) + scala.math.max(1, 2))
    println(scala.collection.immutable.Map.empty[Int, Int].size + scala.collection.immutable.Set.empty[String].size)
    println(String.valueOf(12) + java.lang.String.valueOf(Array('a', 'b')) + String.valueOf(1.5) + String.valueOf('c'))
    println(String.valueOf(null: Any) + " " + String.valueOf(List(1)) + " " + String.valueOf(true))
    scala.Predef.require(xs.nonEmpty, "never")
    Predef.println(scala.Iterator(1, 2).map(_ * 2).toList)
  }
}
