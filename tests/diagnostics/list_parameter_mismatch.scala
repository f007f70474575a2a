// A parameter (or value) written `List[T]` takes no Vector, array, range or buffer: scalac's type mismatch, at the
// argument; one written `Seq[T]` takes them all (Scala's Seq is collection.Seq), and List's own methods take them.
import scala.collection.mutable.ListBuffer
object Main {
  def total(xs: List[Int]): Int = xs.sum
  def size[T](xs: List[T]): Int = xs.length
  def count(xs: Seq[Int]): Int = xs.length
  case class Row(cells: List[Int])
  def main(args: Array[String]): Unit = {
    println(total(Vector(1, 2))) // expect: error type-mismatch "required List[Int]"
    println(total(Array(1, 2))) // expect: error type-mismatch "found Array[Int]"
    println(size(1 to 3)) // expect: error type-mismatch "found Range"
    println(size(ListBuffer(1))) // expect: error type-mismatch "ListBuffer[Int]"
    println(Row(Vector(1))) // expect: error type-mismatch "required List[Int]"
    val xs: List[Int] = Vector(1) // expect: error type-mismatch
    val ys: scala.collection.immutable.List[Int] = Array(1) // expect: error type-mismatch
    println(xs.length + ys.length)
    println(count(Vector(1)) + count(Array(1)) + count(1 to 3) + count(ListBuffer(1)))
    println(List(1) ++ Vector(2) ++ Array(3) ++ (4 to 5))
    println(List(1).zip(Vector("a")))
  }
}
