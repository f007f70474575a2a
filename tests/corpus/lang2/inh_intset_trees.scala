// Source: Martin Odersky, "Scala By Example" (EPFL, 2014), chapter 6 "Classes and Objects": abstract class IntSet
// with incl and contains, EmptySet and NonEmptySet as a persistent binary search tree, and Exercises 6.0.1-6.0.3
// (union, intersection, excl, isEmpty). Adapted: the exercises' methods implemented in both classes; a size and
// an in-order listing added to print the sets; a driver that builds sets from pseudo-random numbers.
abstract class IntSet {
  def incl(x: Int): IntSet
  def contains(x: Int): Boolean
  def isEmpty: Boolean
  def union(other: IntSet): IntSet
  def intersection(other: IntSet): IntSet
  def excl(x: Int): IntSet
  def size: Int
  def listing: String
  def foreach(f: Int => Unit): Unit
}

class EmptySet extends IntSet {
  def contains(x: Int): Boolean = false
  def incl(x: Int): IntSet = new NonEmptySet(x, new EmptySet, new EmptySet)
  def isEmpty: Boolean = true
  def union(other: IntSet): IntSet = other
  def intersection(other: IntSet): IntSet = this
  def excl(x: Int): IntSet = this
  def size: Int = 0
  def listing: String = ""
  def foreach(f: Int => Unit): Unit = ()
}

class NonEmptySet(elem: Int, left: IntSet, right: IntSet) extends IntSet {
  def contains(x: Int): Boolean =
    if (x < elem) left contains x
    else if (x > elem) right contains x
    else true
  def incl(x: Int): IntSet =
    if (x < elem) new NonEmptySet(elem, left incl x, right)
    else if (x > elem) new NonEmptySet(elem, left, right incl x)
    else this
  def isEmpty: Boolean = false
  def union(other: IntSet): IntSet = ((left union right) union other) incl elem
  def intersection(other: IntSet): IntSet = {
    val rest = (left intersection other) union (right intersection other)
    if (other contains elem) rest incl elem else rest
  }
  def excl(x: Int): IntSet =
    if (x < elem) new NonEmptySet(elem, left excl x, right)
    else if (x > elem) new NonEmptySet(elem, left, right excl x)
    else left union right
  def size: Int = left.size + 1 + right.size
  def listing: String = {
    val l = left.listing
    val r = right.listing
    (if (l.isEmpty) "" else l + " ") + elem + (if (r.isEmpty) "" else " " + r)
  }
  def foreach(f: Int => Unit): Unit = { left.foreach(f); f(elem); right.foreach(f) }
}

object IntSets {
  def main(args: Array[String]): Unit = {
    var seed = 12345
    def next(bound: Int): Int = {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      (seed >>> 8) % bound
    }
    var a: IntSet = new EmptySet
    var b: IntSet = new EmptySet
    for (i <- 0 until 40) {
      a = a incl next(100)
      b = b incl next(100)
    }
    println("a: " + a.size + " {" + a.listing + "}")
    println("b: " + b.size + " {" + b.listing + "}")
    val u = a union b
    val n = a intersection b
    println("a union b: " + u.size)
    println("a intersection b: {" + n.listing + "}")
    var sum = 0
    n.foreach(x => sum += x)
    println("sum of intersection: " + sum)
    var c = u
    for (i <- 0 until 100 by 3) c = c excl i
    println("without multiples of 3: " + c.size + " " + (c contains 3) + " " + (c contains 4) + " " + c.isEmpty)
    println(new EmptySet().incl(5).excl(5).isEmpty)
  }
}
