// Source: Rosetta Code, "Two sum" (https://rosettacode.org/wiki/Two_sum): indices of two numbers adding up to a
// target, with a mutable.HashMap from value to index (one pass), run over several inputs.
import scala.collection.mutable

object TwoSum {
  def twoSum(xs: Array[Int], target: Int): (Int, Int) = {
    val index = mutable.HashMap[Int, Int]()
    var i = 0
    while (i < xs.length) {
      val need = target - xs(i)
      if (index.contains(need)) return (index(need), i)
      index(xs(i)) = i
      i += 1
    }
    (-1, -1)
  }

  def main(args: Array[String]): Unit = {
    println(twoSum(Array(0, 2, 11, 19, 90), 21))
    println(twoSum(Array(3, 2, 4), 6))
    println(twoSum(Array(1, 2, 3), 7))
    val xs = Array.tabulate(2000)(i => (i * 7919) % 10007)
    println(twoSum(xs, xs(1500) + xs(42)))
    val table = mutable.HashMap[Int, Int]()
    for (i <- 0 until 12) table(xs(i)) = i
    println(table)
    println(table.keys.toArray.sorted.mkString(","))
  }
}
