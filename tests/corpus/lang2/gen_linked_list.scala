// Source: written for this test after the Rosetta Code tasks "Singly-linked list/Element definition",
// "Singly-linked list/Element insertion" and "Singly-linked list/Traversal": a generic mutable linked list with
// append, insertAfter, foreach, map, filter, foldLeft, reverse and find by predicate.
class Node[T](var value: T, var next: Node[T])

class LinkedList[T] {
  private var first: Node[T] = null
  private var last: Node[T] = null
  var size = 0

  def append(x: T): LinkedList[T] = {
    val n = new Node[T](x, null)
    if (first == null) first = n else last.next = n
    last = n
    size += 1
    this
  }
  def insertAfter(pred: T => Boolean, x: T): Boolean = {
    var cur = first
    while (cur != null && !pred(cur.value)) cur = cur.next
    if (cur == null) false
    else {
      cur.next = new Node[T](x, cur.next)
      if (last eq cur) last = cur.next
      size += 1
      true
    }
  }
  def foreach(f: T => Unit): Unit = {
    var cur = first
    while (cur != null) { f(cur.value); cur = cur.next }
  }
  def map[U](f: T => U): LinkedList[U] = {
    val out = new LinkedList[U]
    foreach(x => out.append(f(x)))
    out
  }
  def filter(p: T => Boolean): LinkedList[T] = {
    val out = new LinkedList[T]
    foreach(x => if (p(x)) out.append(x))
    out
  }
  def foldLeft[B](z: B, op: (B, T) => B): B = {
    var acc = z
    foreach(x => acc = op(acc, x))
    acc
  }
  def reverse(): Unit = {
    var prev: Node[T] = null
    var cur = first
    last = first
    while (cur != null) {
      val nxt = cur.next
      cur.next = prev
      prev = cur
      cur = nxt
    }
    first = prev
  }
  def find(p: T => Boolean): String = {
    var cur = first
    while (cur != null && !p(cur.value)) cur = cur.next
    if (cur == null) "none" else "found " + cur.value
  }
  override def toString: String = {
    val sb = new StringBuilder("[")
    var cur = first
    while (cur != null) {
      sb.append(cur.value)
      if (cur.next != null) sb.append(", ")
      cur = cur.next
    }
    sb.append("]").toString
  }
}

object Main {
  def main(args: Array[String]): Unit = {
    val xs = new LinkedList[Int]
    for (i <- 1 to 6) xs.append(i * i)
    println(xs + " size " + xs.size)
    println(xs.insertAfter(x => x == 9, 10))
    println(xs.insertAfter(x => x > 100, 0))
    println(xs)
    println(xs.map(x => x / 2.0))
    println(xs.filter(x => x % 2 == 0))
    println(xs.foldLeft(0, (a: Int, b: Int) => a + b))
    println(xs.map(x => "n" + x).foldLeft("", (a: String, b: String) => a + b))
    xs.reverse()
    println(xs)
    println(xs.find(x => x < 5))
    println(xs.find(x => x < 0))
    val words = new LinkedList[String].append("alpha").append("beta").append("gamma")
    words.foreach(w => print(w.length + " "))
    println()
    println(words.map(w => w.charAt(0)))
  }
}
