// `case v: Vector[Int]` matches a Vector[Char] (the JVM erases Int); reading its elements as Ints is then a
// ClassCastException, as on the JVM (here when the name is bound, since the body reads them: `v.sum`).
object Main {
  def total(x: Any): Int = x match {
    case v: Vector[Int] => v.sum
    case _ => -1
  }
  def main(args: Array[String]): Unit = {
    println(total(Vector(1, 2)))
    println(total("no"))
    println(total(Vector('a', 'b')))
  }
}
