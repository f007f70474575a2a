// Methods with several parameter lists: called curried, with a last implicit list left out or given, a curried
// generic method inferring from its first list, overloads told apart by their first list, and a 2-D array read.
object Main {
  def add(a: Int)(b: Int): Int = a + b
  def fold[B](z: B)(f: (B, Int) => B): B = f(f(z, 3), 4)
  def three(a: Int)(b: Int)(c: String): String = c + (a + b)
  def f(a: Int)(b: Int)(implicit c: Int): Int = a * 100 + b * 10 + c
  def biggest[T](xs: List[T])(implicit ord: Ordering[T]): T = xs.reduce((a, b) => if (ord.gt(a, b)) a else b)
  def grid(n: Int)(cell: Int => String): String = (0 until n).map(cell).mkString("[", "", "]")
  def grid(n: Int, m: Int)(cell: (Int, Int) => String): String =
    (0 until n).map(i => (0 until m).map(j => cell(i, j)).mkString).mkString("/")

  def main(args: Array[String]): Unit = {
    val m = Array(Array(1, 2), Array(3, 4))
    println(add(1)(2) + " " + fold("x")((s, i) => s + i) + " " + fold(0)(_ + _) + " " + three(1)(2)("r") + " " + m(1)(0))
    implicit val seven: Int = 7
    println(f(1)(2) + " " + f(1)(2)(3))
    implicit val byLength: Ordering[String] = Ordering.by((s: String) => s.length)
    println(biggest(List("aa", "b", "cccc", "dd")) + " " + biggest(List(3, 9, 2))(Ordering.Int))
    println(grid(3)(i => "" + i) + " " + grid(2, 3)((i, j) => if (i == j) "x" else "."))
  }
}
