// Source: Scala by Example (Martin Odersky), chapter 9 "Lists": insertion sort, and the merge sort `msort`
// parameterised by a less-than function, applied to Ints and Strings; printing adapted.
object MSortList {
  def isort(xs: List[Int]): List[Int] =
    if (xs.isEmpty) Nil
    else insert(xs.head, isort(xs.tail))

  def insert(x: Int, xs: List[Int]): List[Int] = xs match {
    case List() => List(x)
    case y :: ys => if (x <= y) x :: xs else y :: insert(x, ys)
  }

  def msort[A](less: (A, A) => Boolean)(xs: List[A]): List[A] = {
    def merge(xs1: List[A], xs2: List[A]): List[A] =
      if (xs1.isEmpty) xs2
      else if (xs2.isEmpty) xs1
      else if (less(xs1.head, xs2.head)) xs1.head :: merge(xs1.tail, xs2)
      else xs2.head :: merge(xs1, xs2.tail)
    val n = xs.length / 2
    if (n == 0) xs
    else merge(msort(less)(xs take n), msort(less)(xs drop n))
  }

  def main(args: Array[String]): Unit = {
    val nums = List(5, 7, 1, 3, 9, 2, 8, 2, 6)
    println(isort(nums))
    println(msort((x: Int, y: Int) => x < y)(nums))
    println(msort((x: Int, y: Int) => x > y)(nums))
    val fruit = List("pear", "apple", "fig", "banana", "kiwi")
    println(msort((a: String, b: String) => a.length < b.length)(fruit))
    println(msort((a: String, b: String) => a < b)(fruit) == fruit.sorted)
    var seed = 17
    val random = List.fill(200) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; seed % 1000 }
    println(msort((x: Int, y: Int) => x < y)(random) == random.sorted)
    println(msort((x: Int, y: Int) => x < y)(random).take(10) + " " + isort(random).takeRight(5))
  }
}
