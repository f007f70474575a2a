// Either (Left/Right with 2.11's projections), Iterator over Lists (map, filter, take, toList, foreach), the
// conversions between List, arrays, Vectors and ranges, and the orderings sorted/max/min/sortBy use.
object Main {
  def half(n: Int): Either[String, Int] = if (n % 2 == 0) Right(n / 2) else Left("odd " + n)

  def main(args: Array[String]): Unit = {
    val es = List(4, 7, 10).map(half)
    println(es + " " + es.map(_.isLeft) + " " + es.map(_.isRight))
    println(es.map(_.fold(s => s.length, n => n * 100)))
    println(half(8).right.map(_ + 1) + " " + half(3).right.map(_ + 1) + " " + half(3).left.map(_.toUpperCase))
    println(half(8).right.getOrElse(0) + " " + half(3).right.getOrElse(0) + " " + half(3).left.getOrElse("") + " " + half(8).swap)
    println(half(8).right.toOption + " " + half(3).right.toOption + " " + half(4).right.flatMap(half) + " " + half(6).right.flatMap(half))
    es.foreach {
      case Left(msg) => println("left " + msg)
      case Right(v) => println("right " + v)
    }
    println((Left(1) == Left(1)) + " " + (Right("a") == Right("a")) + " " + (Left(1) == Right(1)) + " " + Right(2).hashCode)
    val it = List(1, 2, 3, 4, 5, 6).iterator
    println(it.hasNext + " " + it.next() + " " + it.next())
    println(it.map(_ * 10).filter(_ > 30).toList)
    println(it.hasNext + " " + List(5, 6, 7).iterator.take(2).toList + " " + List(1, 2).iterator.map(_ + 1).mkString(","))
    List("a", "b").iterator.foreach(print)
    println()
    var sum = 0
    val it2 = List.range(1, 11).iterator
    while (it2.hasNext) sum += it2.next()
    println(sum + " " + List(1, 2, 3).iterator.exists(_ == 2) + " " + List(1, 2, 3).iterator.count(_ > 1) + " " + List[Int]().iterator.hasNext)
    val r = (1 to 5).toList
    val a = Array(3, 1, 2).toList
    val v = Vector(7, 8).toList
    println(r + " " + (1 until 10 by 3).toList + " " + a + " " + v + " " + "abc".toList + " " + Array("x", "y").toList)
    println(r.toArray.mkString("|") + " " + r.toVector + " " + r.toIndexedSeq + " " + r.toSeq + " " + List(2.5, 1.5).toArray.sum)
    println(List(3.5, -1.0, 2.25).sorted + " " + List('c', 'a', 'b').sorted + " " + List(true, false).sorted + " " + List(3L, 1L).max)
    println(List((2, "b"), (1, "z"), (2, "a")).sorted + " " + List("bb", "a", "ccc").sortBy(_.length) + " " + List("bb", "a", "ccc").maxBy(_.length) + " " + List("bb", "a").minBy(_.length))
    println(List(Some(3), None, Some(1)).sorted + " " + List(1, 2, 3).sortBy(x => (x % 2, -x)) + " " + List("b", "A", "c").max)
    println(List(1, 2, 3, 4).combinations(2).toList + " " + List(1, 2, 3).permutations.toList)
    println(List(1, 1, 2).permutations.toList + " " + List(1, 2, 1, 3).combinations(2).toList)
    println(List(1, 2, 3, 4, 5).grouped(2).toList + " " + List(1, 2, 3, 4).sliding(2).toList + " " + List(1, 2, 3).tails.toList)
    println(List(List(1, 2), List(3, 4)).transpose + " " + List(List(1), List(2, 3)).flatten + " " + List(Some(1), None, Some(3)).flatten)
    println(List((1, "a"), (2, "b")).unzip + " " + List(1, 2, 3).scanLeft(0)(_ + _) + " " + List(1, 2, 3, 4).partition(_ % 2 == 0))
    println(List(1, 2, 3).collect { case x if x > 1 => x * 10 } + " " + List(1, 2, 3, 4).span(_ < 3) + " " + List(5, 6).reduceLeft(_ - _) + " " + List(5, 6).reduceRight(_ - _))
    println(List(1, 2, 3).takeWhile(_ < 3) + " " + List(1, 2, 3).dropWhile(_ < 2) + " " + List(1, 2, 3).takeRight(2) + " " + List(1, 2, 3).dropRight(1) + " " + List(1, 2, 3).lastOption)
    println(List.iterate(1, 5)(_ * 3) + " " + List.fill(2, 3)(0) + " " + List.tabulate(2, 3)((i, j) => i + j) + " " + List(1, 2, 3).reduceOption(_ + _) + " " + List[Int]().reduceOption(_ + _))
  }
}
