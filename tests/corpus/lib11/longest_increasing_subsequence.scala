// Source: Rosetta Code, "Longest increasing subsequence"
// (https://rosettacode.org/wiki/Longest_increasing_subsequence): the task's two sequences, solved by patience
// sorting (piles in an ArrayBuffer, back-pointers in an Array, a binary search over the pile tops) and checked
// against the quadratic dynamic-programming solution written with foldLeft over indices.
import scala.collection.mutable.ArrayBuffer

object LongestIncreasingSubsequence {
  def patience(xs: Array[Int]): List[Int] = {
    val tops = ArrayBuffer[Int]()      // index of the top of each pile
    val back = Array.fill(xs.length)(-1)
    for (i <- xs.indices) {
      var lo = 0
      var hi = tops.length
      while (lo < hi) {
        val mid = (lo + hi) / 2
        if (xs(tops(mid)) < xs(i)) lo = mid + 1 else hi = mid
      }
      if (lo > 0) back(i) = tops(lo - 1)
      if (lo == tops.length) tops += i else tops(lo) = i
    }
    var result = List[Int]()
    var k = if (tops.isEmpty) -1 else tops.last
    while (k >= 0) { result = xs(k) :: result; k = back(k) }
    result
  }

  def quadratic(xs: Array[Int]): Int = {
    val best = xs.indices.foldLeft(Vector[Int]()) { (acc, i) =>
      acc :+ (1 + (0 until i).filter(j => xs(j) < xs(i)).map(acc).foldLeft(0)(math.max))
    }
    if (best.isEmpty) 0 else best.max
  }

  def main(args: Array[String]): Unit = {
    for (xs <- List(Array(3, 2, 6, 4, 5, 1), Array(0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15))) {
      val lis = patience(xs)
      println(xs.mkString("[", " ", "]") + " -> " + lis.mkString("[", " ", "]") + " length " + lis.length +
        " (dp: " + quadratic(xs) + ")")
      println(lis.zip(lis.tail).forall { case (a, b) => a < b })
    }
  }
}
