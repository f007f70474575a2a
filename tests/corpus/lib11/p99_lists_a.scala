// Source: Ninety-Nine Scala Problems (Phil Gold, after Werner Hett's Prolog problems), P01-P10: the working
// lists section, solved with pattern matching and recursion as the published solutions do; printing adapted.
object P99ListsA {
  def last[A](ls: List[A]): A = ls match {
    case h :: Nil => h
    case _ :: tail => last(tail)
    case _ => throw new NoSuchElementException
  }

  def penultimate[A](ls: List[A]): A = ls match {
    case h :: _ :: Nil => h
    case _ :: tail => penultimate(tail)
    case _ => throw new NoSuchElementException
  }

  def nth[A](n: Int, ls: List[A]): A = (n, ls) match {
    case (0, h :: _) => h
    case (k, _ :: tail) => nth(k - 1, tail)
    case (_, Nil) => throw new NoSuchElementException
  }

  def length[A](ls: List[A]): Int = ls.foldLeft(0)((c, _) => c + 1)

  def reverse[A](ls: List[A]): List[A] = ls.foldLeft(List[A]())((r, h) => h :: r)

  def isPalindrome[A](ls: List[A]): Boolean = ls == ls.reverse

  def flattenInts(ls: List[List[Int]]): List[Int] = ls flatMap { l => l }

  def compress[A](ls: List[A]): List[A] =
    ls.foldRight(List[A]()) { (h, r) =>
      if (r.isEmpty || r.head != h) h :: r
      else r
    }

  def pack[A](ls: List[A]): List[List[A]] = {
    if (ls.isEmpty) List(List())
    else {
      val (packed, next) = ls span { _ == ls.head }
      if (next == Nil) List(packed)
      else packed :: pack(next)
    }
  }

  def encode[A](ls: List[A]): List[(Int, A)] = pack(ls) map { e => (e.length, e.head) }

  def main(args: Array[String]): Unit = {
    val xs = List(1, 1, 2, 3, 5, 8)
    println(last(xs) + " " + penultimate(xs) + " " + nth(2, xs) + " " + length(xs) + " " + reverse(xs))
    println(isPalindrome(List(1, 2, 3, 2, 1)) + " " + isPalindrome(xs) + " " + flattenInts(List(List(1, 1), List(2), Nil, List(3, 5, 8))))
    println(compress(List("a", "a", "a", "a", "b", "c", "c", "a", "a", "d", "e", "e", "e", "e")))
    println(pack(List("a", "a", "a", "a", "b", "c", "c", "a", "a", "d", "e", "e", "e", "e")))
    println(encode(List("a", "a", "a", "a", "b", "c", "c", "a", "a", "d", "e", "e", "e", "e")))
    println(encode(List(1, 1, 2, 3, 3, 3)) + " " + compress(List[Int]()))
  }
}
