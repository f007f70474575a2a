// Vector.empty, fill, tabulate and range (IndexedSeq's too); a Vector, a Range and a List of the same elements are
// equal (Seq equality) and hash alike, statically and held as Any, as in Scala.
object Main {
  def main(args: Array[String]): Unit = {
    println(Vector(1, 2, 3) == (1 to 3))
    println((1 to 3) == Vector(1, 2, 3))
    println((1 to 3) == List(1, 2, 3))
    println(List(1, 2, 3) == (1 to 3))
    println(List(1 to 3) == List(1 to 3))
    println(Some(1 to 2))
    println(Vector(1, 2).hashCode == (1 to 2).hashCode)
    val a: Any = 1 to 3
    println(a == Vector(1, 2, 3))
    println(Set(Vector(1, 2), List(1, 2)).size)
    println(Vector.empty[Int])
    println(Vector.fill(3)(0))
    println(Vector.tabulate(3)(i => i * i))
    println(Vector.range(0, 4))
    println(IndexedSeq.fill(2)("x"))
    println((1 to 3) == (1 until 4))
    println((1 to 3) != (1 to 4))
    println((1 to 0) == Vector[Int]())
    println((1 to 3).hashCode == Vector(1, 2, 3).hashCode)
    println(Set(1 to 2, Vector(1, 2), List(1, 2)).size)
    val b: Any = 1 to 2
    println(b.hashCode == List(1, 2).hashCode)
    println(List(Vector(1, 2)).contains(1 to 2))
  }
}
