// Source: Rosetta Code, "Hailstone sequence" (https://rosettacode.org/wiki/Hailstone_sequence): the sequence as a
// List built by recursion, the task's checks on 27 (length 112, first and last four), and the number below 100,000
// with the longest sequence, found with maxBy over a range of lengths computed by a counting loop.
object Hailstone {
  def hailstone(n: Long): List[Long] =
    if (n == 1) List(1L)
    else n :: hailstone(if (n % 2 == 0) n / 2 else 3 * n + 1)

  def length(start: Long): Int = {
    var n = start
    var len = 1
    while (n != 1) { n = if (n % 2 == 0) n / 2 else 3 * n + 1; len += 1 }
    len
  }

  def main(args: Array[String]): Unit = {
    val h27 = hailstone(27)
    println("hailstone(27) has " + h27.length + " elements")
    println("starts " + h27.take(4).mkString(", ") + " ... ends " + h27.takeRight(4).mkString(", "))
    println("max element " + h27.max + ", evens " + h27.count(_ % 2 == 0))
    val (best, len) = (1 until 100000).map(n => (n, length(n))).maxBy(_._2)
    println(s"$best has the longest sequence below 100000: $len elements")
    val histogram = (1 to 1000).map(n => length(n) / 25).groupBy(identity).toList.sortBy(_._1)
    histogram.foreach { case (bucket, ns) => println(f"${bucket * 25}%4d-${bucket * 25 + 24}%-4d ${ns.size}") }
  }
}
