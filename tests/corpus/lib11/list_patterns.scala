// Source: after Ninety-Nine Scala Problems (P01-P13, Phil Gold), written with `case h :: t` patterns on List.
object ListPatterns {
  def last[A](xs: List[A]): A = xs match {
    case x :: Nil => x
    case _ :: rest => last(rest)
    case Nil => throw new NoSuchElementException
  }

  def length[A](xs: List[A]): Int = xs match {
    case Nil => 0
    case _ :: t => 1 + length(t)
  }

  def reverse[A](xs: List[A]): List[A] = xs.foldLeft(List[A]())((acc, x) => x :: acc)

  def isPalindrome[A](xs: List[A]): Boolean = xs == reverse(xs)

  def compress[A](xs: List[A]): List[A] = xs match {
    case a :: (rest @ (b :: _)) => if (a == b) compress(rest) else a :: compress(rest)
    case other => other
  }

  def pack[A](xs: List[A]): List[List[A]] = xs match {
    case Nil => Nil
    case h :: _ =>
      val (same, rest) = xs.span(_ == h)
      same :: pack(rest)
  }

  def encode[A](xs: List[A]): List[(Int, A)] = pack(xs).map(g => (g.length, g.head))

  def decode[A](xs: List[(Int, A)]): List[A] = xs.flatMap { case (n, a) => List.fill(n)(a) }

  def merge(a: List[Int], b: List[Int]): List[Int] = (a, b) match {
    case (Nil, _) => b
    case (_, Nil) => a
    case (x :: xt, y :: yt) => if (x <= y) x :: merge(xt, b) else y :: merge(a, yt)
  }

  def mergeSort(xs: List[Int]): List[Int] = {
    val n = xs.length / 2
    if (n == 0) xs
    else {
      val (l, r) = xs.splitAt(n)
      merge(mergeSort(l), mergeSort(r))
    }
  }

  def quickSort(xs: List[Int]): List[Int] = xs match {
    case Nil => Nil
    case pivot :: rest => quickSort(rest.filter(_ < pivot)) ::: pivot :: quickSort(rest.filter(_ >= pivot))
  }

  def sumList(xs: List[Int]): Int = xs match {
    case Nil => 0
    case h :: t => h + sumList(t)
  }

  def main(args: Array[String]): Unit = {
    val letters = List('a', 'a', 'a', 'a', 'b', 'c', 'c', 'a', 'a', 'd', 'e', 'e', 'e', 'e')
    println(last(List(1, 1, 2, 3, 5, 8)))
    println(length(letters))
    println(reverse(List(1, 2, 3)))
    println(isPalindrome(List(1, 2, 3, 2, 1)) + " " + isPalindrome(List(1, 2)))
    println(compress(letters))
    println(pack(letters))
    println(encode(letters))
    println(decode(encode(letters)) == letters)
    println(mergeSort(List(38, 27, 43, 3, 9, 82, 10)))
    println(quickSort(List(3, 6, 8, 10, 1, 2, 1)))
    println(sumList((1 to 100).toList))
    val words = List("scala", "wasm", "list", "option")
    words match {
      case first :: second :: _ => println(first + " then " + second)
      case _ => println("short")
    }
    println(words.map(_.length).zip(words))
  }
}
