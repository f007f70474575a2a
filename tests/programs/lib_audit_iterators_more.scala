// Iterators over ranges (iterator, toIterator), Iterator.flatMap over functions giving Lists, Options or Vectors
// (Scala takes any GenTraversableOnce), takeWhile, dropWhile, zip, slice, the folds and conversions (sum, max,
// toSet, reduce, ...), the factories (Iterator(...), empty, single, iterate, continually, from, range), and `for`
// over Either's projections (flatMap and map of RightProjection).
object Main {
  def parseAge(s: String): Either[String, Int] =
    if (s.nonEmpty && s.forall(_.isDigit)) Right(s.toInt) else Left("bad " + s)

  def main(args: Array[String]): Unit = {
    val it = (1 to 10 by 3).iterator
    while (it.hasNext) print(it.next() + " ")
    println()
    println((1 to 100).iterator.map(x => x * x).filter(_ % 3 == 1).take(4).toList)
    println((5 until 0 by -2).toIterator.toList + " " + ('a' to 'c').iterator.toList + " " + (1L to 3L).iterator.toList)
    val xs = List(1, 2, 3)
    println(xs.iterator.flatMap(x => List(x, x)).toList + " " + xs.iterator.flatMap(x => if (x > 1) Some(x * 10) else None).toList)
    println(xs.iterator.flatMap(x => List(x).iterator).toList + " " + xs.iterator.flatMap(x => Vector(x, -x)).toList)
    val ys = List(3, 1, 4, 1, 5, 9, 2, 6)
    println(ys.iterator.takeWhile(_ < 5).toList + " " + ys.iterator.dropWhile(_ < 5).toList + " " + ys.iterator.dropWhile(_ > 0).toList)
    println(ys.iterator.zip(List("a", "b", "c").iterator).toList + " " + ys.iterator.slice(2, 5).toList + " " + ys.iterator.slice(-1, 2).toList)
    println(ys.iterator.sum + " " + ys.iterator.max + " " + ys.iterator.min + " " + ys.iterator.product + " " + ys.iterator.toSet + " " + ys.iterator.toArray.length)
    println(ys.iterator.map(_ * 2).toVector + " " + ys.iterator.toBuffer + " " + ys.iterator.maxBy(x => -x) + " " + ys.iterator.reduce(_ - _) + " " + List(1 -> "a").iterator.toMap)
    val partly = ys.iterator
    println(partly.takeWhile(_ != 4).sum + " " + List[Int]().iterator.reduceOption(_ + _) + " " + List(2.5, 1.5).iterator.sum)
    val words = List("apple", "bob", "kiwi").iterator
    println(words.zip((1 to 3).iterator).map { case (w, i) => w.length * i }.toList)
    println(Iterator(1, 2, 3).map(_ * 2).toList + " " + Iterator.empty.hasNext + " " + Iterator.single("x").toList)
    println(Iterator.iterate(1)(_ * 3).take(5).toList + " " + Iterator.iterate("a")(_ + "b").drop(2).next())
    var calls = 0
    println(Iterator.continually { calls += 1; calls * calls }.takeWhile(_ < 50).toList + " " + calls)
    println(Iterator.from(5).take(3).toList + " " + Iterator.from(10, -4).take(3).toList + " " + Iterator.range(0, 10, 3).toList + " " + Iterator.range(5, 0, -2).toList + " " + Iterator.range(3, 3).toList)
    println(Iterator.iterate(27)(x => if (x % 2 == 0) x / 2 else 3 * x + 1).takeWhile(_ != 1).size)
    val total = for { a <- parseAge("20").right; b <- parseAge("30").right } yield a + b
    val failed = for { a <- parseAge("20").right; b <- parseAge("x").right } yield a + b
    println(total + " " + failed)
    for (a <- parseAge("7").right) println("got " + a)
    for (a <- parseAge("y").right) println("never " + a)
    println(for (m <- parseAge("q").left) yield m.length)
  }
}
