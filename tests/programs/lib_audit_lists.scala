// List's methods as a grade book uses them: construction, patterns, the folds, sorting (stable, by tuple keys),
// grouping, zips of unequal lengths, Options flattened by flatMap, collectFirst (lazy), Strings and Doubles as
// elements, and the exceptions of empty lists (messages as 2.11 gives them).
object Main {
  case class Grade(student: String, course: String, score: Int)

  def average(xs: List[Int]): Double = if (xs.isEmpty) 0.0 else xs.sum.toDouble / xs.length

  def runs(xs: List[Int]): List[List[Int]] = xs match {
    case Nil => Nil
    case h :: _ =>
      val (run, rest) = xs.span(_ == h)
      run :: runs(rest)
  }

  def main(args: Array[String]): Unit = {
    val grades = List(
      Grade("ann", "math", 91), Grade("bob", "math", 78), Grade("cid", "art", 85),
      Grade("ann", "art", 67), Grade("dee", "math", 91), Grade("bob", "art", 78), Grade("cid", "math", 55))
    val scores = grades.map(_.score)
    println(scores + " sum=" + scores.sum + " max=" + scores.max + " min=" + scores.min + " avg=" + average(scores))
    println(grades.head + " | " + grades.tail.length + " | " + grades.last.student)
    println(grades.filter(_.score >= 80).map(_.student).distinct)
    println(grades.sortBy(g => (g.course, -g.score)).map(g => g.course + ":" + g.student))
    println(grades.sortWith(_.score > _.score).map(_.student))
    println(grades.sortBy(_.score).map(_.score) + " " + scores.sorted.reverse)
    val byStudent = grades.groupBy(_.student)
    println(byStudent.keys.toList.sorted + " " + byStudent.size)
    for (s <- byStudent.keys.toList.sorted) println(s + " -> " + byStudent(s).map(_.score) + " avg " + average(byStudent(s).map(_.score)))
    println(scores.foldLeft(List[Int]())((acc, x) => x :: acc))
    println(scores.foldRight("end")((x, acc) => x + "," + acc))
    println(scores.reduce(_ + _) + " " + List("a", "b", "c").reduce(_ + _) + " " + List(2.5, 1.5).reduce(_ * _))
    println(scores.take(2) + " " + scores.drop(5) + " " + scores.take(-1) + " " + scores.drop(-3).length + " " + scores.take(0))
    println(List(1, 2, 3).zip(List("x", "y")) + " " + List("p").zip(List(1, 2, 3)) + " " + Nil.zip(List(1)))
    println(grades.map(_.student).zipWithIndex.filter(_._2 % 2 == 0).map { case (s, i) => i + "=" + s })
    println(List("1", "x", "3").flatMap(s => if (s.forall(_.isDigit)) Some(s.toInt) else None))
    println(List(List(1, 2), Nil, List(3)).flatten + " " + List(1, 2).flatMap(x => List(x, x * 10)))
    println(scores.contains(91) + " " + scores.contains(92) + " " + grades.exists(_.score < 60) + " " + grades.forall(_.score > 60))
    println(grades.find(_.course == "art") + " " + grades.find(_.course == "music"))
    var looked = 0
    println(grades.collectFirst { case Grade(s, "art", n) if { looked += 1; n < 80 } => s + ":" + n } + " " + looked + " " +
      grades.collectFirst { case g if g.score > 95 => g.student })
    println(List("pear", "Fig", "apple", "fig").sorted + " " + List("pear", "fig").max + " " + List(2.5, -1.0, 3.25).min)
    println(List(3L, 4L).sum + " " + List(0.1, 0.2, 0.3).sum + " " + List[Int]().sum + " " + List(1.5f, 2.25f).sum)
    val arr = grades.map(_.student).toArray
    println(arr.length + " " + arr.mkString("[", ";", "]") + " " + List(1.5, 2.0).toArray.sum)
    val it = scores.iterator.filter(_ > 70).map(_ / 10)
    println(it.toList)
    println((scores ++ List(100)).length + " " + (List("a") ::: List("b", "c")) + " " + (1 :: 2 :: Nil ::: List(3)))
    println((List(1, 2) ++ Vector(3, 4)) + " " + (List(1, 2) ++ (5 to 7)))
    println(runs(List(1, 1, 2, 3, 3, 3, 1)))
    println(List(1, 2, 3).mkString + " " + List[Int]().mkString("<", ",", ">") + " " + List(List(1, 2), List(3)).mkString("|"))
    println(List(3, 1, 2).reverse + " " + Nil.reverse + " " + List(1, 2, 3).length + " " + List().length)
    var total = 0
    scores.foreach(s => total += s)
    println(total)
    println(List("b", "a", "b", "c", "a").distinct + " " + List(1.0, 1.0, 2.0).distinct)
    println(List((2, "b"), (1, "z"), (2, "a"), (1, "a")).sorted)
    println(List(Some(3), None, Some(1)).flatten.sorted + " " + List(true, false, true).sorted)
    try { List[Int]().reduce(_ + _) } catch { case e: UnsupportedOperationException => println("reduce: " + e.getMessage) }
    try { List[Int]().max } catch { case e: UnsupportedOperationException => println("max: " + e.getMessage) }
    try { List[String]().min } catch { case e: UnsupportedOperationException => println("min: " + e.getMessage) }
    try { List[Int]().last } catch { case e: NoSuchElementException => println("last: " + e.getMessage) }
    try { List(1, 2)(5) } catch { case e: IndexOutOfBoundsException => println("apply: " + e.getMessage) }
  }
}
