// Range in full (scala.collection.immutable.Range of Int as 2.11 gives it) and the folds of arrays, IndexedSeqs
// and ranges: the Range type named in signatures, Range(...) / Range.inclusive, take/drop/tail/init/splitAt/
// takeWhile/dropWhile/span keeping ranges (with their start, end and inclusiveness), slice giving a Vector,
// apply, product, lastIndexOf, foldLeft/foldRight/fold/reduce, and the failures of empty ones.
object LibraryRanges {
  def show(r: Range): String = r + " start=" + r.start + " end=" + r.end + " incl=" + r.isInclusive

  def t(f: => Any): Unit = try println(f) catch { case e: Throwable => println(e) }

  def evens(limit: Int): Range = 0 to limit by 2

  def main(args: Array[String]): Unit = {
    val rs = Array[Range](1 to 10, 0 until 20 by 3, 10 to 1 by -2, 5 until 5, 1 to 1, -5 to 5 by 4, 3 to 30 by 7,
      Range(1, 10), Range(10, 0, -3), Range.inclusive(1, 5), Range.inclusive(20, 2, -6))
    for (r <- rs) {
      println(show(r))
      println("  " + r.product + " " + r.lastIndexOf(4) + " " + r.indexOf(5) + " " + r.toSeq + " " + r.toIndexedSeq +
        " " + r.toVector)
      for (n <- Array(-1, 0, 1, 2, 5, 100)) {
        println("  " + n + ": " + show(r.take(n)) + " | " + show(r.drop(n)) + " | " + show(r.takeRight(n)) + " | " +
          show(r.dropRight(n)))
        println("  " + r.slice(n, n + 3) + " | " + r.slice(1, n) + " | " + r.splitAt(n))
        println("  " + show(r.takeWhile(_ < n)) + " | " + show(r.dropWhile(_ < n)) + " | " + r.span(_ < n))
      }
      if (r.nonEmpty) println("  " + show(r.tail) + " | " + show(r.init) + " | " + r(0) + " " + r.apply(r.length - 1))
      println("  " + show(r.inclusive) + " " + r.indices + " " + r.sameElements(1 to 10))
      println("  " + r.foldLeft(0)(_ + _) + " " + r.foldRight(0)(_ - _) + " " + r.foldLeft("")(_ + "," + _) + " " +
        r.foldRight("")(_ + "," + _) + " " + r.fold(100)(_ - _))
      if (r.nonEmpty) println("  " + r.reduce(_ - _) + " " + r.reduceLeft(_ max _) + " " + r.reduceRight(_ - _))
    }
    println(evens(9) + " " + evens(9).sum)
    val r: Range = 1 until 4
    t(r(3))
    t(r(-1))
    t((1 to 0).tail)
    t((1 to 0).init)
    t((1 to 0).reduce(_ + _))
    t((1 to 0).reduceRight(_ + _))
    t((1 to 0).foldLeft(7)(_ * _))
    val a = Array(3, 1, 4, 1, 5, 9, 2, 6)
    println(a.foldLeft(0)(_ * 10 + _) + " " + a.foldRight(0)(_ + _) + " " + a.product + " " +
      a.reduce(_ max _) + " " + a.reduceRight(_ - _) + " " + a.foldLeft(0L)((s, x) => s * 31 + x))
    println(a.takeWhile(_ < 5).mkString(",") + " " + a.dropWhile(_ < 5).mkString(",") + " " +
      a.span(_ != 9)._2.mkString(","))
    val words = Array("kiwi", "fig", "banana")
    println(words.foldLeft(0)(_ + _.length) + " " + words.reduce(_ + "+" + _) + " " + words.foldRight("!")(_ + _))
    val v = (1 to 5).toVector
    println(v.foldLeft(1.5)(_ * _) + " " + v.takeWhile(_ < 3) + " " + v.dropWhile(_ < 3) + " " + v.span(_ < 4))
    println((1L to 5L).foldLeft(0L)(_ + _) + " " + ('a' to 'e').foldRight("")(_ + _) + " " + ('a' to 'd').product)
    val f = (acc: Int, x: Int) => acc * 2 + x
    println((1 to 5).foldLeft(0)(f) + " " + a.reduceLeft(f))
  }
}
