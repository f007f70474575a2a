// isInstanceOf[Seq[T]] holds for a List, a Vector and a Range (not an array), as in Scala; a type pattern Seq[T]
// on a value already known to be a Seq matches as any pattern does.
object Main {
  def kind(x: Any): String = if (x.isInstanceOf[Seq[Int]]) "seq" else "other"
  def main(args: Array[String]): Unit = {
    println(kind(Vector(1)) + " " + kind(List(1)) + " " + kind(1 to 2) + " " + kind(Array(1)) + " " + kind("s") + " " + kind(Nil))
    val xs: Seq[Int] = List(1, 2)
    println(xs.isInstanceOf[Seq[Int]])
    xs match { case s: Seq[Int] => println("seq " + s.length) }
  }
}
