// An `(implicit ord: Ordering[T])` parameter of a program's method or class takes the library's Ordering for a
// number, Char, Boolean, String, or tuples and Options of them (it was a missing-implicit error), and
// `grid(x, y) = v` on a class with an `update` method calls `grid.update(x, y, v)`.
object Main {
  class Sorted[T](xs: List[T])(implicit ord: Ordering[T]) { def min: T = xs.min(ord); def all = xs.sorted(ord) }
  def largest[T](xs: List[T])(implicit ord: Ordering[T]): T = xs.max(ord)
  def cmp[T](a: T, b: T)(implicit ord: Ordering[T]): Int = ord.compare(a, b)
  def sortDesc[T](xs: List[T])(implicit ord: Ordering[T]): List[T] = xs.sorted(ord.reverse)
  class M(val n: Int) { val d = new Array[Int](n * n); def update(i: Int, j: Int, v: Int): Unit = d(i * n + j) = v; def apply(i: Int, j: Int) = d(i * n + j) }
  def main(args: Array[String]): Unit = {
    println(largest(List(3, 9, 2)))
    println(largest(List("b", "a")))
    println(cmp(1.5, 0.5) + " " + cmp("a", "b"))
    println(new Sorted(List(4, 2, 8)).min)
    println(new Sorted(List("z", "y")).all)
    println(largest(List((1, "b"), (2, "a"), (2, "c"))))
    println(largest(List(Some(3), None, Some(1))))
    println(sortDesc(List('q', 'a', 'z')))
    println(sortDesc(List(true, false, true)))
    println(largest(List(2L, 7L)) + largest(List(1.5f, 0.5f)))
    val m = new M(2)
    m(0, 1) = 7
    m(1, 1) = m(0, 1) * 2
    println(m.d.mkString(",") + " " + m(1, 1))
  }
}
