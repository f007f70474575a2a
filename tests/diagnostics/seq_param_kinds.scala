// A Vector, an array or a range given for a Seq[T] parameter becomes the List of its elements; where the method shows
// what kind of sequence it was given (prints it or a sequence made from it, matches it, keeps it), Scala would show a
// Vector, a WrappedArray or a Range where this compiler shows a List: unsupported, at the argument. A List argument,
// and a method reading only the elements, are fine.
object Main {
  case class C(xs: Seq[Int])
  def show(xs: Seq[Int]): Unit = println(xs)
  def doubled(xs: Seq[Int]): Seq[Int] = xs.map(_ * 2)
  def firstTwo(xs: Seq[Int]): String = xs match { case a :: b :: _ => "two"; case _ => "other" }
  def wrap(xs: Seq[Int]): List[Seq[Int]] = List(xs)
  def printsMapped(xs: Seq[Int]): Unit = println(xs.filter(_ > 1))
  def passes(xs: Seq[Int]): Unit = show(xs.reverse)
  def concat(xs: Seq[Int]): String = "got " + xs
  class D(val xs: Seq[Int])
  def made(n: Int): Seq[Int] = Vector(n) // expect: error unsupported "a Vector where a `Seq[Int]` value is expected"
  def fine(xs: Seq[Int]): Int = xs.toList.length + List(xs.toList).length + xs.map(_ + 1).sum
  def main(args: Array[String]): Unit = {
    show(Vector(1)) // expect: error unsupported "a Vector given for the `Seq` parameter `xs` of `show`, which prints it"
    println(doubled(1 to 3)) // expect: error unsupported "makes `map` of it and returns it"
    println(firstTwo(Array(1, 2))) // expect: error unsupported "`WrappedArray(...)`"
    println(wrap(Vector(1))) // expect: error unsupported "stores it"
    printsMapped(Vector(1, 2)) // expect: error unsupported "makes `filter` of it and prints it"
    passes(1 to 2) // expect: error unsupported "passes it to `show`, which prints it"
    println(concat(Vector(1))) // expect: error unsupported "prints it"
    println(C(Vector(1))) // expect: error unsupported "`C.apply`"
    println(fine(Vector(1)) + fine(1 to 2) + fine(Array(3)))
    show(List(1))
    println(new D(1 to 2).xs) // expect: error unsupported "a range where a `Seq[Int]` value"
    val s: Seq[Int] = Array(1, 2) // expect: error unsupported "an array where"
    var t: Seq[Int] = List(1)
    t = Vector(2) // expect: error unsupported
    println(s.length + t.length)
    val held: Any = Vector(1)
    held match { case q: Seq[Int] => println(q); case _ => println("no") } // expect: error unsupported "a type pattern `Seq[Int]` on a value of type Any"
    println(held.asInstanceOf[Seq[Int]]) // expect: error unsupported "`asInstanceOf[Seq[Int]]`"
    println(held.isInstanceOf[Seq[Int]] + " " + (1 to 2: Any).isInstanceOf[Seq[Int]] + " " + s.isInstanceOf[Seq[Int]])
    println(doubled(List(1)))
  }
}
