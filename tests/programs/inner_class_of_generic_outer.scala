// An inner class of a generic class seen from outside it: `d.head` of a `d: Dict[Int]` is a `d.Entry` whose
// `value: V` is an Int there (and a String through a Dict[String]): arithmetic, String methods, a method returning
// an Entry, a val holding one, a var of an Entry walked as a linked list, and a method of Entry taking a V.
class Dict[V](init: V) {
  class Entry(val value: V) {
    var next: Entry = null
    def get: V = value
    def same(v: V): Boolean = v == value
  }
  var head = new Entry(init)
  def first: Entry = head
  def push(v: V): Unit = { val e = new Entry(v); e.next = head; head = e }
}

object Main {
  def main(args: Array[String]): Unit = {
    val d = new Dict[Int](41)
    println(d.head.value + 1)
    val e = d.first
    println(e.get * 2 + " " + e.same(41) + " " + e.same(40))
    d.push(7)
    d.push(9)
    var sum = 0
    var cur = d.head
    while (cur != null) { sum += cur.value; cur = cur.next }
    println(sum)
    val s = new Dict[String]("ab")
    s.push("cd")
    println(s.head.value.length + " " + s.first.value.toUpperCase + " " + s.head.next.get.reverse)
  }
}
