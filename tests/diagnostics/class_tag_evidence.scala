import scala.reflect.ClassTag
object Main {
  // A call of a method or constructor with `T: ClassTag` passes T's evidence: where T is a type parameter without
  // the bound, there is none (scalac's "No ClassTag available for T").
  def fill[T: ClassTag](n: Int): Array[T] = new Array[T](n)
  def noTag[T](n: Int): Array[T] = fill[T](n) // expect: error missing-class-tag "No ClassTag available for T"
  def noTagOfDim[T](n: Int): Array[T] = Array.ofDim[T](n) // expect: error missing-class-tag "No ClassTag available for T"
  class Grid[T: ClassTag](n: Int) { val cells = new Array[T](n) }
  class Plain[T] { def grid = new Grid[T](1) } // expect: error missing-class-tag "No ClassTag available for T"
  def filled[T](x: T, n: Int): Array[T] = Array.fill(n)(x) // expect: error missing-class-tag "No ClassTag available for T"
  def pair[T](x: T, y: T): Array[T] = Array(x, y) // expect: error missing-class-tag "No ClassTag available for T"
  def none[T]: Array[T] = Array.empty[T] // expect: error missing-class-tag "No ClassTag available for T"
  def both[A: ClassTag, B: ClassTag](n: Int): (Array[A], Array[B]) = (new Array[A](n), new Array[B](n))
  def main(args: Array[String]): Unit = {
    val (xs, ys) = both[Char, Double](2) // expect: error unsupported "a tuple holding an array of a type parameter"
    println(xs.length + ys.length) // (no error more: the names are bound)
    println(fill[Int](1, 2).length) // expect: error wrong-arguments "`fill` takes 1 argument but 2 were given"
    println(fill[Int]().length) // expect: error wrong-arguments "`fill` takes 1 argument but 0 were given"
  }
}
