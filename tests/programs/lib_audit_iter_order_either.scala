// Iterator (hasNext/next loops, map, filter, take, toList, foreach, over lists, arrays, ranges and maps), Ordering
// for the primitive types and String (compare, lt, max, reverse, Ordering.by on case classes and tuples), and
// Either/Left/Right as a validating parser returns them (patterns, fold, projections, swap, equality, toString).
object Main {
  case class Player(name: String, score: Int, time: Double)

  def parseAge(s: String): Either[String, Int] =
    if (s.isEmpty) Left("empty")
    else if (!s.forall(_.isDigit)) Left("not a number: " + s)
    else if (s.toInt > 150) Left("too old: " + s)
    else Right(s.toInt)

  def describe(e: Either[String, Int]): String = e match {
    case Left(msg) => "error(" + msg + ")"
    case Right(n) if n < 18 => "minor " + n
    case Right(n) => "adult " + n
  }

  def main(args: Array[String]): Unit = {
    val it = List(5, 8, 13, 21).iterator
    var acc = 0
    while (it.hasNext) { val x = it.next(); acc = acc * 10 + x % 10 }
    println(acc + " " + it.hasNext)
    println(Array(1, 2, 3, 4, 5, 6).iterator.filter(_ % 2 == 0).map(_ * 100).toList)
    println((1 to 100).toList.iterator.map(x => x * x).filter(_ % 3 == 1).take(4).toList)
    val words = List("delta", "alpha", "charlie", "bravo").iterator
    words.take(2).foreach(w => print(w.toUpperCase + " "))
    println()
    val pairs = Map("a" -> 1, "b" -> 2).iterator
    println(pairs.next() + " " + pairs.next() + " " + pairs.hasNext)
    val empty = List[Int]().iterator
    println(empty.hasNext + " " + empty.toList + " " + List(1, 2).iterator.map(_.toString).toList)
    try { empty.next() } catch { case e: NoSuchElementException => println("next: " + e.getMessage) }

    println(Ordering.Int.compare(3, 7) + " " + Ordering.Int.compare(7, 7) + " " + Ordering.String.compare("pear", "apple") + " " +
      Ordering.Double.compare(0.5, -0.5) + " " + Ordering.Long.compare(1L, 2L) + " " + Ordering.Char.compare('b', 'a'))
    println(Ordering[Int].lt(1, 2) + " " + Ordering[String].gteq("a", "b") + " " + Ordering[Int].max(4, 9) + " " +
      Ordering[String].min("kiwi", "fig") + " " + Ordering[Boolean].compare(true, false) + " " + Ordering[Int].equiv(3, 3))
    println(List(3, 1, 2).sorted(Ordering.Int.reverse) + " " + List("b", "c", "a").sorted(Ordering[String].reverse) + " " +
      List(2.5, -1.0, 0.0).sorted + " " + List('z', 'a', 'm').sorted + " " + List(3L, -4L).sorted + " " + List(true, false).max)
    val players = List(Player("ann", 30, 12.5), Player("bob", 45, 9.0), Player("cat", 30, 8.25), Player("dan", 45, 11.0))
    println(players.sorted(Ordering.by((p: Player) => p.score)).map(_.name))
    println(players.sorted(Ordering.by((p: Player) => (-p.score, p.time))).map(_.name))
    val byTime = Ordering.by[Player, Double](_.time)
    println(players.max(byTime).name + " " + players.min(byTime).name + " " + players.sortBy(_.name)(Ordering[String].reverse).map(_.name))
    println(players.maxBy(_.score).name + " " + players.minBy(p => (p.score, p.name)).name + " " + byTime.compare(players(0), players(1)))
    println(List((2, "b"), (1, "z"), (2, "a")).sorted + " " + List((1, 2.0), (1, -2.0)).min + " " + List("b", "A", "a").sorted)

    val inputs = List("42", "", "x1", "200", "7")
    val parsed = inputs.map(parseAge)
    println(parsed)
    println(parsed.map(describe))
    println(parsed.map(_.isLeft) + " " + parsed.count(_.isRight))
    println(parsed.map(_.fold(msg => msg.length, n => n * 2)))
    println(parsed.map(_.right.map(_ + 1)) + " " + parsed.map(_.left.map(_.toUpperCase)).head)
    println(parsed.map(_.right.getOrElse(-1)) + " " + parsed.map(_.left.getOrElse("ok")))
    println(parsed.map(_.right.toOption) + " " + parsed.head.swap + " " + parsed(1).swap)
    println(parsed.collect { case Right(n) => n } + " " + parsed.collect { case Left(m) => m.length })
    val total = parseAge("20").right.flatMap(a => parseAge("30").right.map(b => a + b))
    val failed = parseAge("20").right.flatMap(a => parseAge("x").right.map(b => a + b))
    println(total + " " + failed)
    println((Right(1) == Right(1)) + " " + (Left("a") == Right("a")) + " " + Left(3).hashCode + " " + Right("x").hashCode + " " + Left((1, 2)))
    println(parsed.head.right.flatMap(n => if (n > 40) Right(n) else Left("small")) + " " + parsed(4).right.flatMap(n => if (n > 40) Right(n) else Left("small")))
    println(parsed.head.right.exists(_ > 40) + " " + parsed(1).left.exists(_.isEmpty) + " " + parsed(1).isLeft)
  }
}
