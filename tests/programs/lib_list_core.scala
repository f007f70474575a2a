// List, :: and Nil (scala.collection.immutable.List as the prelude writes it): construction, patterns and the
// common methods, with Scala 2.11's toString, equality and hashing, nested collections included.
object Main {
  def sum(xs: List[Int]): Int = xs match {
    case Nil => 0
    case h :: t => h + sum(t)
  }

  def pairs(xs: List[Int]): List[(Int, Int)] = xs match {
    case a :: b :: rest => (a, b) :: pairs(rest)
    case _ => Nil
  }

  def describe(xs: List[String]): String = xs match {
    case List() => "empty"
    case List(a) => "one " + a
    case List(a, b) => "two " + a + b
    case a :: _ => "many from " + a
  }

  def main(args: Array[String]): Unit = {
    val xs = List(3, 1, 4, 1, 5, 9, 2, 6)
    val ys = 10 :: 20 :: 30 :: Nil
    println(xs + " " + ys + " " + Nil + " " + List() + " " + List.empty[Int] + " " + List("a", "b"))
    println(xs.head + " " + xs.tail + " " + xs.last + " " + xs.init + " " + xs.length + " " + xs.size)
    println(xs.isEmpty + " " + xs.nonEmpty + " " + Nil.isEmpty + " " + xs(2) + " " + xs.headOption + " " + List[Int]().headOption)
    println(xs.map(_ * 2) + " " + xs.filter(_ % 2 == 0) + " " + xs.filterNot(_ % 2 == 0) + " " + xs.flatMap(x => List(x, x)))
    println(xs.foldLeft(0)(_ + _) + " " + xs.foldRight(List[Int]())(_ :: _) + " " + xs.reduce(_ max _) + " " + ys.foldLeft("")(_ + _))
    println(xs.reverse + " " + (xs ++ ys) + " " + (ys ::: xs) + " " + xs.take(3) + " " + xs.drop(5) + " " + xs.take(100) + " " + xs.drop(100))
    println(xs.zip(ys) + " " + ys.zipWithIndex + " " + xs.mkString + " " + xs.mkString(",") + " " + xs.mkString("<", "-", ">"))
    println(xs.sorted + " " + xs.sortBy(x => -x) + " " + xs.sortWith(_ > _) + " " + List("pear", "fig", "apple").sorted)
    println(xs.contains(9) + " " + xs.contains(7) + " " + xs.exists(_ > 8) + " " + xs.forall(_ > 0) + " " + xs.find(_ > 4) + " " + xs.find(_ > 40))
    println(xs.distinct + " " + xs.sum + " " + xs.max + " " + xs.min + " " + xs.count(_ == 1) + " " + xs.indexOf(1) + " " + xs.indexOf(7))
    println(xs.updated(0, 100) + " " + xs.toArray.mkString("[", ",", "]") + " " + List(1.5, 2.5).sum + " " + List(2L, 3L).product)
    val it = ys.iterator
    while (it.hasNext) print(it.next() + ";")
    println()
    println(sum(xs) + " " + pairs(xs) + " " + describe(Nil) + " " + describe(List("x")) + " " + describe(List("x", "y")) + " " + describe(List("p", "q", "r")))
    println((xs == List(3, 1, 4, 1, 5, 9, 2, 6)) + " " + (xs == ys) + " " + (Nil == List()) + " " + (List(1) != List(2)))
    println(xs.hashCode + " " + Nil.hashCode + " " + List("a").hashCode + " " + List(List(1), Nil).hashCode)
    println(List(Some(1), None) + " " + List(List(1), Nil) + " " + List((1, "a"), (2, "b")) + " " + Some(List(1, 2)))
    println(List.fill(3)("ab") + " " + List.range(1, 6) + " " + List.range(10, 0, -3) + " " + List.tabulate(5)(i => i * i))
    val words = "the quick brown fox jumps".split(" ").toList
    println(words + " " + words.map(_.length) + " " + words.sortBy(_.length) + " " + words.filter(_.contains("o")))
    println(Seq(1, 2, 3) + " " + Seq(1, 2).map(_ + 1))
    var acc = List[Int]()
    for (x <- xs if x > 2) acc = x :: acc
    println(acc + " " + (for (x <- ys) yield x / 10) + " " + (for (x <- List(1, 2); y <- List("a", "b")) yield "" + x + y))
    xs.foreach(x => print(x))
    println()
    try { Nil.head } catch { case e: NoSuchElementException => println("caught " + e.getMessage) }
    try { List(1).tail.tail } catch { case e: UnsupportedOperationException => println("caught " + e.getMessage) }
  }
}
