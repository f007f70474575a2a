// Source: Rosetta Code, "Sorting algorithms/Quicksort", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Sorting-algorithms-Quicksort/Scala/sorting-algorithms-quicksort-1.scala). Adapted: List[Int] as Array[Int];
// `partition` as two `filter`s, `:::` and `::` as one Array.tabulate over the three parts.
object Quicksort {
  def quicksortInt(coll: Array[Int]): Array[Int] =
    if (coll.length == 0) {
      coll
    } else {
      val head = coll(0)
      val tail = Array.tabulate(coll.length - 1)(i => coll(i + 1))
      val (smaller, bigger) = (tail.filter(_ < head), tail.filterNot(_ < head))
      val (left, right) = (quicksortInt(smaller), quicksortInt(bigger))
      Array.tabulate(coll.length)(i =>
        if (i < left.length) left(i) else if (i == left.length) head else right(i - left.length - 1))
    }

  def main(args: Array[String]): Unit = {
    val data = Array(65, 28, 59, 33, 21, 56, 22, 95, 50, 12, 90, 53, 28, 77, 39)
    val sorted = quicksortInt(data)
    sorted.foreach(x => print(x + " "))
    println()
    println(sorted.zipWithIndex.forall { case (x, i) => i == 0 || sorted(i - 1) <= x })
  }
}
