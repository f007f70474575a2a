// Source: Ninety-Nine Scala Problems (Phil Gold), P12-P20 and P22: decoding run lengths, duplicating, dropping
// every Nth element, splitting, slicing, rotating, removing, ranges; the recursive and the builtin-based
// solutions side by side as the published answers give them.
object P99ListsB {
  def decode[A](ls: List[(Int, A)]): List[A] = ls flatMap { e => List.fill(e._1)(e._2) }

  def duplicate[A](ls: List[A]): List[A] = ls flatMap { e => List(e, e) }

  def duplicateN[A](n: Int, ls: List[A]): List[A] = ls flatMap { List.fill(n)(_) }

  def dropRecursive[A](n: Int, ls: List[A]): List[A] = {
    def dropR(c: Int, curList: List[A]): List[A] = (c, curList) match {
      case (_, Nil) => Nil
      case (1, _ :: tail) => dropR(n, tail)
      case (_, h :: tail) => h :: dropR(c - 1, tail)
    }
    dropR(n, ls)
  }

  def dropFunctional[A](n: Int, ls: List[A]): List[A] =
    ls.zipWithIndex filter { v => (v._2 + 1) % n != 0 } map { _._1 }

  def splitRecursive[A](n: Int, ls: List[A]): (List[A], List[A]) = (n, ls) match {
    case (_, Nil) => (Nil, Nil)
    case (0, list) => (Nil, list)
    case (k, h :: tail) =>
      val (pre, post) = splitRecursive(k - 1, tail)
      (h :: pre, post)
  }

  def sliceRecursive[A](start: Int, end: Int, ls: List[A]): List[A] = (start, end, ls) match {
    case (_, _, Nil) => Nil
    case (_, e, _) if e <= 0 => Nil
    case (s, e, h :: tail) if s <= 0 => h :: sliceRecursive(0, e - 1, tail)
    case (s, e, _ :: tail) => sliceRecursive(s - 1, e - 1, tail)
  }

  def rotate[A](n: Int, ls: List[A]): List[A] = {
    val nBounded = if (ls.isEmpty) 0 else n % ls.length
    if (nBounded < 0) rotate(nBounded + ls.length, ls)
    else (ls drop nBounded) ::: (ls take nBounded)
  }

  def removeAt[A](n: Int, ls: List[A]): (List[A], A) = ls.splitAt(n) match {
    case (Nil, _) if n < 0 => throw new NoSuchElementException
    case (pre, e :: post) => (pre ::: post, e)
    case (pre, Nil) => throw new NoSuchElementException
  }

  def insertAt[A](e: A, n: Int, ls: List[A]): List[A] = ls.splitAt(n) match {
    case (pre, post) => pre ::: e :: post
  }

  def range(start: Int, end: Int): List[Int] =
    if (end < start) Nil
    else start :: range(start + 1, end)

  def main(args: Array[String]): Unit = {
    val letters = List("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")
    println(decode(List((4, "a"), (1, "b"), (2, "c"), (2, "a"), (1, "d"), (4, "e"))))
    println(duplicate(List("a", "b", "c", "c", "d")) + " " + duplicateN(3, List("a", "b", "c", "c", "d")))
    println(dropRecursive(3, letters) + " " + (dropFunctional(3, letters) == dropRecursive(3, letters)))
    println(splitRecursive(3, letters) + " " + (letters.splitAt(3) == splitRecursive(3, letters)))
    println(sliceRecursive(3, 7, letters) + " " + letters.slice(3, 7))
    println(rotate(3, letters) + " " + rotate(-2, letters))
    println(removeAt(1, List("a", "b", "c", "d")) + " " + insertAt("new", 1, List("a", "b", "c", "d")))
    println(range(4, 9) + " " + List.range(4, 10))
  }
}
