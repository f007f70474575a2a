// Covers: a linked list made of a class with a `var next` field that is null at
// the end: building, traversing, length, reversing in place, removing, summing.
class Node(val value: Int, var next: Node)

object ClassLinkedList {
  def build(n: Int): Node = {
    var head: Node = null
    var i = n
    while (i >= 1) {
      head = new Node(i, head)
      i -= 1
    }
    head
  }

  def show(head: Node): String = {
    var s = "["
    var cur = head
    while (cur != null) {
      s = s + cur.value
      if (cur.next != null) s = s + ", "
      cur = cur.next
    }
    s + "]"
  }

  def length(head: Node): Int = if (head == null) 0 else 1 + length(head.next)

  def reverse(head: Node): Node = {
    var prev: Node = null
    var cur = head
    while (cur != null) {
      val nxt = cur.next
      cur.next = prev
      prev = cur
      cur = nxt
    }
    prev
  }

  def removeEven(head: Node): Node = {
    var h = head
    while (h != null && h.value % 2 == 0) h = h.next
    var cur = h
    while (cur != null && cur.next != null) {
      if (cur.next.value % 2 == 0) cur.next = cur.next.next
      else cur = cur.next
    }
    h
  }

  def main(args: Array[String]): Unit = {
    val list = build(6)
    println(show(list))
    println(length(list))
    val rev = reverse(list)
    println(show(rev))
    println(show(list))
    println(show(removeEven(rev)))
    println(show(null))
    println(length(null))
    var sum = 0
    var cur = build(100)
    while (cur != null) {
      sum += cur.value
      cur = cur.next
    }
    println(sum)
    val single = new Node(42, null)
    println(single.next == null)
    single.next = single
    println(single.next.next.next.value)
  }
}
