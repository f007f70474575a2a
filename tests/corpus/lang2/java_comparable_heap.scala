// Source: Rosetta Code, "Priority queue" (https://rosettacode.org/wiki/Priority_queue): insert tasks with
// priorities, then remove them in priority order. Adapted from the task's Java solution: the task class implements
// java.lang.Comparable and the queue is a binary heap over any K <: Comparable[K], grown with java.util.Arrays.copyOf.
import java.util.Arrays

class Task(val priority: Int, val name: String) extends Comparable[Task] {
  def compareTo(other: Task): Int =
    if (priority < other.priority) -1 else if (priority > other.priority) 1 else 0
  override def toString: String = priority + ", " + name
}

class BinaryHeap[K <: Comparable[K]] {
  private var items = new Array[AnyRef](2)
  private var count = 0

  def size: Int = count
  def isEmpty: Boolean = count == 0

  private def at(i: Int): K = items(i).asInstanceOf[K]

  private def swap(i: Int, j: Int): Unit = {
    val t = items(i); items(i) = items(j); items(j) = t
  }

  def add(x: K): Unit = {
    if (count == items.length) items = Arrays.copyOf(items, 2 * items.length)
    items(count) = x.asInstanceOf[AnyRef]  // (Comparable extends Any, not AnyRef)
    var i = count
    count += 1
    while (i > 0 && at(i).compareTo(at((i - 1) / 2)) < 0) {
      swap(i, (i - 1) / 2)
      i = (i - 1) / 2
    }
  }

  def poll(): K = {
    val top = at(0)
    count -= 1
    items(0) = items(count)
    items(count) = null
    var i = 0
    var done = false
    while (!done) {
      val l = 2 * i + 1
      val r = l + 1
      var m = i
      if (l < count && at(l).compareTo(at(m)) < 0) m = l
      if (r < count && at(r).compareTo(at(m)) < 0) m = r
      if (m == i) done = true else { swap(i, m); i = m }
    }
    top
  }
}

object Main {
  def main(args: Array[String]): Unit = {
    val pq = new BinaryHeap[Task]
    pq.add(new Task(3, "Clear drains"))
    pq.add(new Task(4, "Feed cat"))
    pq.add(new Task(5, "Make tea"))
    pq.add(new Task(1, "Solve RC tasks"))
    pq.add(new Task(2, "Tax return"))
    while (!pq.isEmpty) println(pq.poll())
    val numbers = new BinaryHeap[Task]
    for (i <- 1 to 20) numbers.add(new Task((i * 7) % 11, "n" + i))
    val order = new StringBuilder
    while (!numbers.isEmpty) order.append(numbers.poll().priority).append(' ')
    println(order.toString.trim)
  }
}
