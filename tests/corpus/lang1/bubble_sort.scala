// Source: Rosetta Code, "Sorting algorithms/Bubble sort", Scala solution 2 (acmeism/RosettaCodeData,
// Task/Sorting-algorithms-Bubble-sort/Scala/sorting-algorithms-bubble-sort-2.scala). Adapted: the List pattern
// match as passes over a copy of an Array with a swapped flag, the pass a local def; a comparison function chooses
// the order.
object BubbleSort {
  def bubbleSort(xt: Array[Int], before: (Int, Int) => Boolean): Array[Int] = {
    val xs = Array.tabulate(xt.length)(xt(_))
    var swapped = true
    def pass(): Unit = {
      swapped = false
      for (i <- 1 until xs.length if before(xs(i), xs(i - 1))) {
        val (a, b) = (xs(i - 1), xs(i))
        xs(i - 1) = b
        xs(i) = a
        swapped = true
      }
    }
    while (swapped) pass()
    xs
  }

  def main(args: Array[String]): Unit = {
    val data = Array(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
    bubbleSort(data, _ < _).foreach(x => print(x + " "))
    println()
    bubbleSort(data, (a, b) => a > b).foreach(x => print(x + " "))
    println()
  }
}
