package draft

// scala.collection.immutable.List as cons cells: `::` is Cons, Nil is the one NilList. Builders append by setting
// the last cell's `next` (as Scala's ListBuffer does with `::`'s private tail), so map and filter are one pass.
abstract class List[+A] {
  def isEmpty: Boolean
  def head: A
  def tail: List[A]

  def nonEmpty: Boolean = !isEmpty

  def ::[B >: A](x: B): List[B] = new Cons(x, this)

  def :::[B >: A](prefix: List[B]): List[B] = {
    if (isEmpty) return prefix
    if (prefix.isEmpty) return this
    val b = new ListBuilder[B]
    var p = prefix
    while (!p.isEmpty) { b.add(p.head); p = p.tail }
    b.resultOnto(this)
  }

  def ++[B >: A](that: List[B]): List[B] = that.:::(this)

  def :+[B >: A](x: B): List[B] = {
    val b = new ListBuilder[B]
    var p: List[B] = this
    while (!p.isEmpty) { b.add(p.head); p = p.tail }
    b.add(x)
    b.result()
  }

  def length: Int = {
    var n = 0
    var p = this
    while (!p.isEmpty) { n += 1; p = p.tail }
    n
  }

  def size: Int = length

  def apply(n: Int): A = {
    var p = this
    var i = n
    while (i > 0 && !p.isEmpty) { p = p.tail; i -= 1 }
    if (n < 0 || p.isEmpty) throw new IndexOutOfBoundsException("" + n)
    p.head
  }

  def last: A = {
    if (isEmpty) throw new NoSuchElementException("last of empty list")
    var p = this
    while (!p.tail.isEmpty) p = p.tail
    p.head
  }

  def init: List[A] = {
    if (isEmpty) throw new UnsupportedOperationException("empty.init")
    val b = new ListBuilder[A]
    var p = this
    while (!p.tail.isEmpty) { b.add(p.head); p = p.tail }
    b.result()
  }

  def reverse: List[A] = {
    var r: List[A] = NilList
    var p = this
    while (!p.isEmpty) { r = new Cons(p.head, r); p = p.tail }
    r
  }

  def map[B](f: A => B): List[B] = {
    val b = new ListBuilder[B]
    var p = this
    while (!p.isEmpty) { b.add(f(p.head)); p = p.tail }
    b.result()
  }

  def flatMap[B](f: A => List[B]): List[B] = {
    val b = new ListBuilder[B]
    var p = this
    while (!p.isEmpty) {
      var q = f(p.head)
      while (!q.isEmpty) { b.add(q.head); q = q.tail }
      p = p.tail
    }
    b.result()
  }

  def filter(f: A => Boolean): List[A] = {
    val b = new ListBuilder[A]
    var p = this
    while (!p.isEmpty) { if (f(p.head)) b.add(p.head); p = p.tail }
    b.result()
  }

  def filterNot(f: A => Boolean): List[A] = filter(x => !f(x))

  def foreach[U](f: A => U): Unit = {
    var p = this
    while (!p.isEmpty) { f(p.head); p = p.tail }
  }

  def foldLeft[B](z: B)(f: (B, A) => B): B = {
    var acc = z
    var p = this
    while (!p.isEmpty) { acc = f(acc, p.head); p = p.tail }
    acc
  }

  def foldRight[B](z: B)(f: (A, B) => B): B = reverse.foldLeft(z)((acc, x) => f(x, acc))

  def reduceLeft[B >: A](f: (B, A) => B): B = {
    if (isEmpty) throw new UnsupportedOperationException("empty.reduceLeft")
    tail.foldLeft[B](head)(f)
  }

  def reduce[B >: A](f: (B, B) => B): B = {
    if (isEmpty) throw new UnsupportedOperationException("empty.reduceLeft")
    var acc: B = head
    var p = tail
    while (!p.isEmpty) { acc = f(acc, p.head); p = p.tail }
    acc
  }

  def reduceRight[B >: A](f: (A, B) => B): B = {
    if (isEmpty) throw new UnsupportedOperationException("empty.reduceRight")
    val r = reverse
    var acc: B = r.head
    var p = r.tail
    while (!p.isEmpty) { acc = f(p.head, acc); p = p.tail }
    acc
  }

  def take(n: Int): List[A] = {
    val b = new ListBuilder[A]
    var p = this
    var i = 0
    while (i < n && !p.isEmpty) { b.add(p.head); p = p.tail; i += 1 }
    if (p.isEmpty) this else b.result()
  }

  def drop(n: Int): List[A] = {
    var p = this
    var i = 0
    while (i < n && !p.isEmpty) { p = p.tail; i += 1 }
    p
  }

  def takeRight(n: Int): List[A] = drop(length - n)
  def dropRight(n: Int): List[A] = take(length - n)
  def slice(from: Int, until: Int): List[A] = drop(from).take(until - (if (from < 0) 0 else from))
  def splitAt(n: Int): (List[A], List[A]) = (take(n), drop(n))

  def takeWhile(f: A => Boolean): List[A] = {
    val b = new ListBuilder[A]
    var p = this
    while (!p.isEmpty && f(p.head)) { b.add(p.head); p = p.tail }
    b.result()
  }

  def dropWhile(f: A => Boolean): List[A] = {
    var p = this
    while (!p.isEmpty && f(p.head)) p = p.tail
    p
  }

  def span(f: A => Boolean): (List[A], List[A]) = {
    val b = new ListBuilder[A]
    var p = this
    while (!p.isEmpty && f(p.head)) { b.add(p.head); p = p.tail }
    (b.result(), p)
  }

  def partition(f: A => Boolean): (List[A], List[A]) = {
    val yes = new ListBuilder[A]
    val no = new ListBuilder[A]
    var p = this
    while (!p.isEmpty) { if (f(p.head)) yes.add(p.head) else no.add(p.head); p = p.tail }
    (yes.result(), no.result())
  }

  def zip[B](that: List[B]): List[(A, B)] = {
    val b = new ListBuilder[(A, B)]
    var p = this
    var q = that
    while (!p.isEmpty && !q.isEmpty) { b.add((p.head, q.head)); p = p.tail; q = q.tail }
    b.result()
  }

  def zipWithIndex: List[(A, Int)] = {
    val b = new ListBuilder[(A, Int)]
    var p = this
    var i = 0
    while (!p.isEmpty) { b.add((p.head, i)); p = p.tail; i += 1 }
    b.result()
  }

  def contains(x: Any): Boolean = {
    var p = this
    while (!p.isEmpty) { if (p.head == x) return true; p = p.tail }
    false
  }

  def indexOf(x: Any): Int = {
    var p = this
    var i = 0
    while (!p.isEmpty) { if (p.head == x) return i; p = p.tail; i += 1 }
    -1
  }

  def exists(f: A => Boolean): Boolean = {
    var p = this
    while (!p.isEmpty) { if (f(p.head)) return true; p = p.tail }
    false
  }

  def forall(f: A => Boolean): Boolean = !exists(x => !f(x))

  def count(f: A => Boolean): Int = {
    var n = 0
    var p = this
    while (!p.isEmpty) { if (f(p.head)) n += 1; p = p.tail }
    n
  }

  def distinct: List[A] = {
    val b = new ListBuilder[A]
    var seen: List[A] = NilList
    var p = this
    while (!p.isEmpty) {
      if (!seen.contains(p.head)) { seen = new Cons(p.head, seen); b.add(p.head) }
      p = p.tail
    }
    b.result()
  }

  // A stable merge sort by `less` (what `sorted`, `sortBy` and `sortWith` reach with the element's Ordering).
  def sortWith(less: (A, A) => Boolean): List[A] = {
    val n = length
    if (n < 2) return this
    val items = new Array[Any](n)
    var p = this
    var i = 0
    while (!p.isEmpty) { items(i) = p.head; p = p.tail; i += 1 }
    var buffer = new Array[Any](n)
    var src = items
    var width = 1
    while (width < n) {
      var lo = 0
      while (lo < n) {
        val mid = if (lo + width < n) lo + width else n
        val hi = if (lo + 2 * width < n) lo + 2 * width else n
        var a = lo
        var c = mid
        var k = lo
        while (k < hi) {
          if (a < mid && (c >= hi || !less(src(c).asInstanceOf[A], src(a).asInstanceOf[A]))) { buffer(k) = src(a); a += 1 }
          else { buffer(k) = src(c); c += 1 }
          k += 1
        }
        lo += 2 * width
      }
      val swap = src
      src = buffer
      buffer = swap
      width *= 2
    }
    val b = new ListBuilder[A]
    i = 0
    while (i < n) { b.add(src(i).asInstanceOf[A]); i += 1 }
    b.result()
  }

  def sortBy[B](f: A => B)(less: (B, B) => Boolean): List[A] = {
    // keys computed once per element, as Scala's sortBy does
    val keyed = map(x => (f(x), x))
    keyed.sortWith((a, b) => less(a._1, b._1)).map(_._2)
  }

  def find(f: A => Boolean): Option[A] = {
    var p = this
    while (!p.isEmpty) { if (f(p.head)) return Some(p.head); p = p.tail }
    None
  }

  def headOption: Option[A] = if (isEmpty) None else Some(head)
  def lastOption: Option[A] = if (isEmpty) None else Some(last)

  def mkString(start: String, sep: String, end: String): String = {
    val sb = new StringBuilder
    sb.append(start)
    var p = this
    var first = true
    while (!p.isEmpty) {
      if (!first) sb.append(sep)
      sb.append("" + p.head)
      first = false
      p = p.tail
    }
    sb.append(end)
    sb.toString
  }

  def mkString(sep: String): String = mkString("", sep, "")
  def mkString: String = mkString("", "", "")

  override def toString: String = mkString("List(", ", ", ")")

  override def equals(that: Any): Boolean = that match {
    case other: List[_] =>
      var p: List[Any] = this
      var q: List[Any] = other
      while (!p.isEmpty && !q.isEmpty) { if (p.head != q.head) return false; p = p.tail; q = q.tail }
      p.isEmpty && q.isEmpty
    case _ => false
  }

  // MurmurHash3.seqHash
  override def hashCode: Int = {
    var h = "Seq".hashCode  // MurmurHash3.seqSeed
    var n = 0
    var p = this
    while (!p.isEmpty) { h = scala.util.hashing.MurmurHash3.mix(h, p.head.##); n += 1; p = p.tail }
    scala.util.hashing.MurmurHash3.finalizeHash(h, n)
  }

  def iterator: ListIterator[A] = new ListIterator(this)
}

final class Cons[A](val hd: A, var next: List[A]) extends List[A] {
  def isEmpty: Boolean = false
  def head: A = hd
  def tail: List[A] = next
}

object NilList extends List[Nothing] {
  def isEmpty: Boolean = true
  def head: Nothing = throw new NoSuchElementException("head of empty list")
  def tail: List[Nothing] = throw new UnsupportedOperationException("tail of empty list")
}

// Appends at the end of a list being built: the last cell's `next` is set, never a copy.
final class ListBuilder[A] {
  private var first: List[A] = NilList
  private var lastCell: Cons[A] = null

  def add(x: A): Unit = {
    val cell = new Cons(x, NilList)
    if (lastCell == null) first = cell else lastCell.next = cell
    lastCell = cell
  }

  def result(): List[A] = first

  def resultOnto(rest: List[A]): List[A] = {
    if (lastCell == null) return rest
    lastCell.next = rest
    first
  }
}

final class ListIterator[+A](start: List[A]) {
  private[this] var rest: List[A] = start
  def hasNext: Boolean = !rest.isEmpty
  def next(): A = {
    if (rest.isEmpty) throw new NoSuchElementException("next on empty iterator")
    val x = rest.head
    rest = rest.tail
    x
  }
}

abstract class Option[+A] {
  def isEmpty: Boolean
  def get: A
  def isDefined: Boolean = !isEmpty
  def nonEmpty: Boolean = !isEmpty
  def getOrElse[B >: A](default: => B): B = if (isEmpty) default else get
  def orElse[B >: A](alternative: => Option[B]): Option[B] = if (isEmpty) alternative else this
  def map[B](f: A => B): Option[B] = if (isEmpty) None else Some(f(get))
  def flatMap[B](f: A => Option[B]): Option[B] = if (isEmpty) None else f(get)
  def filter(p: A => Boolean): Option[A] = if (isEmpty || p(get)) this else None
  def foreach[U](f: A => U): Unit = if (!isEmpty) f(get)
  def fold[B](ifEmpty: => B)(f: A => B): B = if (isEmpty) ifEmpty else f(get)
  def exists(p: A => Boolean): Boolean = !isEmpty && p(get)
  def forall(p: A => Boolean): Boolean = isEmpty || p(get)
  def contains(x: Any): Boolean = !isEmpty && get == x
  def toList: List[A] = if (isEmpty) NilList else new Cons(get, NilList)
}

final case class Some[+A](x: A) extends Option[A] {
  def isEmpty: Boolean = false
  def get: A = x
}

case object None extends Option[Nothing] {
  def isEmpty: Boolean = true
  def get: Nothing = throw new NoSuchElementException("None.get")
}

object Check {
  def main(args: Array[String]): Unit = {
    val xs = 3 :: 1 :: 2 :: NilList
    println(xs + " " + xs.map(_ * 2) + " " + xs.sortWith(_ < _) + " " + xs.reverse + " " + (xs ::: xs) + " " + xs.zipWithIndex)
    println(xs.hashCode + " " + scala.List(3, 1, 2).hashCode + " " + (xs == (3 :: 1 :: 2 :: NilList)))
    println(xs.find(_ > 1) + " " + xs.headOption + " " + NilList.headOption + " " + xs.sortBy(x => -x)((a, b) => a < b))
    println(xs.foldRight("")(_ + _) + " " + xs.reduce(_ - _) + " " + xs.reduceRight(_ - _) + " " + xs.partition(_ > 1) + " " + xs.span(_ > 2))
  }
}
