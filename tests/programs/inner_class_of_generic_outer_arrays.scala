// Arrays, lists and tuples of an inner class of a generic class, seen from outside it: an `Array[Entry]` field and
// method of a `Dict[Int]` are the same arrays outside (their elements' `value` an Int there).
class Dict[V](init: V) {
  class Entry(val value: V)
  val entries: Array[Entry] = Array(new Entry(init), new Entry(init))
  def all: Array[Entry] = entries
  val head = new Entry(init)
}

object Main {
  def main(args: Array[String]): Unit = {
    val d = new Dict[Int](41)
    val es = d.all
    println(es.length + " " + (es(0).value + 1))
    val fs = d.entries
    println((fs eq es) + " " + fs(1).value)
    val arr = Array(d.head, d.head)
    println(arr.length + " " + arr(0).value * 2)
    println(List(d.head).head.value + 1)
    println((d.head, 1)._1.value)
  }
}
