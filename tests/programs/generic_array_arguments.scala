// An Array[Int] (or of any known element type) passed where a method takes an Array[T]: the method reads, writes and
// measures the caller's array, and its writes are the caller's after the call, as on the JVM (scalawasi copies it
// in and out around the call): a generic swap, reverse, quicksort with an Ordering (recursive, with a local def
// capturing the array), a fill through a lambda, a virtual method of a generic trait, a method passing the array on
// to another generic one, and a call whose value is used. Arrays of Int, Double, Char, Boolean, String and of arrays.
trait Visitor[T] { def visit(a: Array[T]): Int }

class Counter[T](target: T) extends Visitor[T] {
  def visit(a: Array[T]): Int = a.count(_ == target)
}

object Main {
  def swap[T](a: Array[T], i: Int, j: Int): Unit = { val t = a(i); a(i) = a(j); a(j) = t }

  def reverse[T](a: Array[T]): Unit = {
    var i = 0
    var j = a.length - 1
    while (i < j) { swap(a, i, j); i += 1; j -= 1 }
  }

  def quicksort[T](a: Array[T], lo: Int, hi: Int)(implicit ord: Ordering[T]): Unit = {
    def exchange(i: Int, j: Int): Unit = { val t = a(i); a(i) = a(j); a(j) = t }
    if (lo < hi) {
      val pivot = a((lo + hi) / 2)
      var i = lo
      var j = hi
      while (i <= j) {
        while (ord.lt(a(i), pivot)) i += 1
        while (ord.gt(a(j), pivot)) j -= 1
        if (i <= j) { exchange(i, j); i += 1; j -= 1 }
      }
      quicksort(a, lo, j)
      quicksort(a, i, hi)
    }
  }

  def fillWith[T](a: Array[T], f: Int => T): Unit = (0 until a.length).foreach(i => a(i) = f(i))

  def describe[T](a: Array[T]): String = a.length + ":" + a.mkString("[", ",", "]")

  def firstOr[T](a: Array[T], default: T): T = if (a.length > 0) a(0) else default

  def main(args: Array[String]): Unit = {
    val xs = Array(5, 3, 9, 1, 7)
    swap(xs, 0, 4)
    println(xs.mkString(" "))
    reverse(xs)
    println(xs.mkString(" "))
    quicksort(xs, 0, xs.length - 1)(Ordering.Int)
    println(xs.mkString(" ") + " sum " + xs.sum)
    val ds = Array(2.5, -1.0, 0.5)
    quicksort(ds, 0, ds.length - 1)(Ordering.Double)
    println(describe(ds))
    val words = Array("pear", "fig", "apple")
    quicksort(words, 0, 2)(Ordering.String)
    println(describe(words))
    val cs = "hello".toCharArray
    reverse(cs)
    println(new String(cs))
    val flags = Array(true, false, false)
    swap(flags, 0, 2)
    println(flags.mkString(","))
    val squares = new Array[Int](6)
    fillWith(squares, i => i * i)
    println(squares.mkString(" "))
    println(new Counter(3).visit(Array(3, 1, 3, 3)) + " " + new Counter("a").visit(Array("a", "b")))
    val v: Visitor[Int] = new Counter(0)
    println(v.visit(Array(0, 0, 1)))
    println(firstOr(xs, -1) + firstOr(new Array[Int](0), -1))
    val grid = Array(Array(1, 2), Array(3, 4))
    swap(grid, 0, 1)
    println(grid.map(_.mkString("")).mkString("/"))
    val empty: Array[Int] = null
    println(firstOr(Array[Long](), 7L))
    println(empty == null)
  }
}
