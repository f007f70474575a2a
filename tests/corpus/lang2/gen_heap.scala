// Source: written for this test after the Rosetta Code task "Priority queue" and the binary heap of Sedgewick and
// Wayne's "Algorithms" (MinPQ, section 2.4), made generic in Scala: the heap keeps its elements in an Array[T]
// made with a ClassTag and grown by doubling, ordered by a compare function given to it; tasks by priority,
// heapsort of Ints, Doubles and Strings, and the k smallest of a sequence.
import scala.reflect.ClassTag

class MinHeap[T: ClassTag](less: (T, T) => Boolean) {
  private var items = new Array[T](2)
  private var n = 0
  def size: Int = n
  def isEmpty: Boolean = n == 0
  private def swap(i: Int, j: Int): Unit = { val t = items(i); items(i) = items(j); items(j) = t }
  def insert(x: T): Unit = {
    if (n == items.length) {
      val bigger = new Array[T](2 * n)
      var i = 0
      while (i < n) { bigger(i) = items(i); i += 1 }
      items = bigger
    }
    items(n) = x
    var k = n
    n += 1
    while (k > 0 && less(items(k), items((k - 1) / 2))) { swap(k, (k - 1) / 2); k = (k - 1) / 2 }
  }
  def min: T = items(0)
  def deleteMin(): T = {
    val top = items(0)
    n -= 1
    items(0) = items(n)
    var k = 0
    var done = false
    while (!done && 2 * k + 1 < n) {
      var j = 2 * k + 1
      if (j + 1 < n && less(items(j + 1), items(j))) j += 1
      if (less(items(j), items(k))) { swap(k, j); k = j } else done = true
    }
    top
  }
}

case class Task(priority: Int, name: String)

object Main {
  def drain[T](h: MinHeap[T]): String = {
    val sb = new StringBuilder
    while (!h.isEmpty) { sb.append(h.deleteMin()); if (!h.isEmpty) sb.append(" ") }
    sb.toString
  }

  def main(args: Array[String]): Unit = {
    val tasks = new MinHeap[Task]((a, b) => a.priority < b.priority)
    tasks.insert(Task(3, "Clear drains"))
    tasks.insert(Task(4, "Feed cat"))
    tasks.insert(Task(5, "Make tea"))
    tasks.insert(Task(1, "Solve RC tasks"))
    tasks.insert(Task(2, "Tax return"))
    println("size " + tasks.size + ", first " + tasks.min)
    while (!tasks.isEmpty) println(tasks.deleteMin())
    val ints = new MinHeap[Int]((a, b) => a < b)
    for (x <- Array(5, 3, 9, 1, 7, 3, 8, 2)) ints.insert(x)
    println(drain(ints))
    val doubles = new MinHeap[Double]((a, b) => a > b)
    for (x <- Array(2.5, -1.0, 3.25, 0.0)) doubles.insert(x)
    println(drain(doubles))
    val words = new MinHeap[String]((a, b) => a.length < b.length || (a.length == b.length && a < b))
    for (w <- "sphinx of black quartz judge my vow".split(" ")) words.insert(w)
    println(drain(words))
    val h = new MinHeap[Long]((a, b) => a < b)
    var x = 12345L
    for (i <- 1 to 20) { x = (x * 1103515245L + 12345L) % 2147483648L; h.insert(x % 1000) }
    val smallest = new StringBuilder
    for (i <- 1 to 5) smallest.append(h.deleteMin() + " ")
    println(smallest.toString.trim + " (" + h.size + " left)")
  }
}
