// Source: Rosetta Code, https://rosettacode.org/wiki/Queue/Definition#Scala. Adapted: a linked FIFO queue of
// Strings with a nested node class and fields initialized with `= _`, instead of the mutable collection.
class StringQueue {
  class Node(val value: String) {
    var next: Node = _
  }
  private var head: Node = _
  private var tail: Node = _
  private var length: Int = _

  def enqueue(s: String): Unit = {
    val node = new Node(s)
    if (tail == null) head = node else tail.next = node
    tail = node
    length += 1
  }

  def dequeue(): String = {
    if (head == null) throw new NoSuchElementException("queue empty")
    val v = head.value
    head = head.next
    if (head == null) tail = null
    length -= 1
    v
  }

  def isEmpty: Boolean = length == 0
  def size: Int = length
}

object QueueDefinition {
  def main(args: Array[String]): Unit = {
    val q = new StringQueue
    println(q.isEmpty)
    q.enqueue("one")
    q.enqueue("two")
    q.enqueue("three")
    println(q.size + " " + q.isEmpty)
    println(q.dequeue())
    q.enqueue("four")
    while (!q.isEmpty) println(q.dequeue())
    println(q.size)
  }
}
