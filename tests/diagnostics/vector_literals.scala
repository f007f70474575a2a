// Vector() with no element type is scalac's Vector[Nothing]: unsupported here (the element type decides the array's
// type), with the forms that are supported named; given its type, or where one is expected, it is a Vector.
object Main {
  def main(args: Array[String]): Unit = {
    println(Vector()) // expect: error unsupported "`Vector()` without its element type (write `Vector[Int]()`"
    println(IndexedSeq()) // expect: error unsupported "`IndexedSeq()`"
    val v: Vector[Int] = Vector()
    println(v ++ Vector[Int]() ++ Vector.empty[Int] ++ IndexedSeq.fill(2)(0))
  }
}
