// More of List, Option and Iterator: multiset diff/intersect/union, zipAll, padTo, indices, reverseIterator,
// Option.toRight/toLeft, Iterator.flatMap and zipWithIndex, and `for` over an Iterator.
object Main {
  def main(args: Array[String]): Unit = {
    val a = List(1, 2, 2, 3, 4)
    val b = List(2, 4, 4, 5)
    println(a.diff(b) + " " + a.intersect(b) + " " + a.union(b) + " " + b.diff(a))
    println(List(1, 2).zipAll(List("a", "b", "c"), 0, "-") + " " + List(1, 2, 3).zipAll(List("x"), 9, "?"))
    println(List(1, 2).padTo(5, 0) + " " + List("a").indices + " " + a.indices.map(i => a(i) * i) + " " + a.reverseIterator.toList)
    val none: Option[Int] = None
    println(Some(3).toRight("no") + " " + none.toRight("no") + " " + Some(3).toLeft(0) + " " + none.toLeft(0))
    println(List(1, 2, 3).iterator.flatMap(x => List(x, x * 10).iterator).toList + " " + List("a", "b").iterator.zipWithIndex.toList)
    val pairs = for (x <- List(1, 2).iterator; y <- List("p", "q").iterator) yield x + y
    println(pairs.toList)
    for (s <- List("u", "v").iterator) print(s)
    println()
  }
}
