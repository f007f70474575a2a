// Source: after Rosetta Code "Josephus problem": the order prisoners are killed in and the survivor, with a List
// rotated in a loop and a ListBuffer collecting the order.
import scala.collection.mutable.ListBuffer

object Josephus {
  def execute(n: Int, k: Int): (List[Int], Int) = {
    var circle = (0 until n).toList
    val killed = ListBuffer[Int]()
    var pos = 0
    while (circle.length > 1) {
      pos = (pos + k - 1) % circle.length
      killed += circle(pos)
      circle = circle.take(pos) ++ circle.drop(pos + 1)
    }
    (killed.toList, circle.head)
  }

  def survivor(n: Int, k: Int): Int = (1 to n).foldLeft(0)((s, m) => (s + k) % m)

  def main(args: Array[String]): Unit = {
    val (order, last) = execute(41, 3)
    println("Killed: " + order.mkString(" "))
    println("Survivor: " + last)
    println(survivor(41, 3) + " " + survivor(5, 2) + " " + survivor(100, 7))
    println(execute(7, 2))
  }
}
