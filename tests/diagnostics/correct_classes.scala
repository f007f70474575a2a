class Node(val value: Int, var next: Node) {
  def sum(): Int = if (next == null) value else value + next.sum()
}

class Counter(start: Int) {
  private var current = start
  def tick(): Int = {
    current += 1
    current
  }
}

object Main {
  def main(args: Array[String]): Unit = {
    val list = new Node(1, new Node(2, null))
    list.next.next = new Node(3, null)
    println(list.sum())
    val c = new Counter(5)
    c.tick()
    println(c.tick())
  }
}
