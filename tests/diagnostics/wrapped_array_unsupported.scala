// `arr.toSeq` is Scala 2.11's WrappedArray, sharing the array (tests/programs/wrapped_array_to_seq.scala). What is not
// built for it is reported where it is written, never a List or an array printed in its place: a pattern on it, its
// class, a Seq parameter that prints it, a Seq value, and a WrappedArray of a type parameter's elements; and as
// scalac, which types it `Seq[Int]`, no `update` (write the array). An array's `deep` has its universal members and,
// of a one-dimensional array, its elements' readers.
object Main {
  def show(xs: Seq[Int]): Unit = println(xs)
  def sum(xs: Seq[Int]): Int = xs.sum
  def generic[T](a: Array[T]) = a.toSeq // expect: error unsupported "`toSeq` of an Array[T]"
  def main(args: Array[String]): Unit = {
    val s = Array(1, 2, 3).toSeq
    s match { case Seq(a, b, c) => println(a); case _ => println("other") } // expect: error unsupported "a pattern `::` on a WrappedArray"
    println(s.getClass.getName) // expect: error unsupported "`getClass`"
    show(s) // expect: error unsupported "a WrappedArray (an array's `toSeq`) given for the `Seq` parameter `xs` of `show`, which prints it"
    val v: Seq[Int] = Array(1).toSeq // expect: error unsupported "a WrappedArray (an array's `toSeq`) where a `Seq[Int]` value is expected"
    s(0) = 5 // expect: error not-a-member "`update` is not a member of Seq[Int]"
    s.update(0, 5) // expect: error not-a-member "`update` is not a member of Seq[Int]"
    val grid = Array(Array(1, 2), Array(3)).deep
    println(grid(0)) // expect: error unsupported "its arrays of an array's `deep`"
    println(Array(1).deep.map(_ => 1)) // expect: error unsupported "`map` of an array's `deep`"
    println(sum(s) + v.length + Array(1, 2).deep.length + grid.hashCode)
  }
}
