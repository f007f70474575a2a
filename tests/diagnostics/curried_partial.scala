// A curried method given fewer parameter lists than it has: a function value where one is expected (or with `_`),
// unsupported when generic or when more than one list would be left, an error (as scalac's "missing argument list")
// where no function is expected.
object Main {
  def add(a: Int)(b: Int): Int = a + b
  def three(a: Int)(b: Int)(c: Int): Int = a + b + c
  def fold[A, B](xs: List[A])(z: B)(f: (B, A) => B): B = xs.foldLeft(z)(f)
  def main(args: Array[String]): Unit = {
    val inc: Int => Int = add(1)
    val g = add(1) // expect: error wrong-arguments
    val h: Int => Int => Int = three(1) // expect: error unsupported "partially applying a curried method"
    val k: ((Int, Int) => Int) => Int = fold(List(1))(0) // expect: error unsupported "partially applying"
    println(inc(2))
  }
}
