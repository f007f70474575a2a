// Source: Rosetta Code, "Josephus problem" (https://rosettacode.org/wiki/Josephus_problem): the prisoners in an
// ArrayBuffer, every k-th one removed; the survivor checked against the recurrence, the order of execution kept
// in a mutable.Queue, and the survivors by k tabulated in a Map.
import scala.collection.mutable
import scala.collection.mutable.ArrayBuffer

object JosephusBuffer {
  def executionOrder(n: Int, k: Int): mutable.Queue[Int] = {
    val prisoners = ArrayBuffer[Int]()
    for (i <- 0 until n) prisoners += i
    val order = mutable.Queue[Int]()
    var at = 0
    while (prisoners.nonEmpty) {
      at = (at + k - 1) % prisoners.length
      order.enqueue(prisoners.remove(at))
    }
    order
  }

  def survivor(n: Int, k: Int): Int = {
    var s = 0
    for (i <- 2 to n) s = (s + k) % i
    s
  }

  def main(args: Array[String]): Unit = {
    val order = executionOrder(41, 3)
    println("executed: " + order.mkString(" "))
    var last = -1
    while (order.nonEmpty) last = order.dequeue()
    println("survivor: " + last + " (recurrence: " + survivor(41, 3) + ")")
    var table = Map[Int, Int]()
    for (k <- 2 to 7) table = table + (k -> survivor(100, k))
    println(table)
    println(table.filter(_._2 % 2 == 0).keySet)
    val small = executionOrder(5, 2)
    println(small + " " + small.front + " " + small.length)
  }
}
