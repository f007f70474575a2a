// scala.Option and scala.collection.immutable.List (with `::` and Nil), written generically as Scala 2.11 has
// them: what programs see by these names (compiler/prelude/library.py). A list is a chain of `::` cells ending in
// Nil; builders append by setting the last cell's `tl`, as Scala's ListBuffer does, so map and filter make one pass.
// Loops walk the cells directly (`p ne Nil`, a cast, the fields) rather than through head/tail's virtual calls.

abstract class Option[+A] {
  def isEmpty: Boolean
  def get: A
  def isDefined: Boolean = !isEmpty
  def nonEmpty: Boolean = !isEmpty
  def getOrElse[B >: A](default: => B): B = if (isEmpty) default else get
  def orElse[B >: A](alternative: => Option[B]): Option[B] = if (isEmpty) alternative else this
  def orNull: Any = if (isEmpty) null else get
  def map[B](f: A => B): Option[B] = if (isEmpty) None else Some(f(get))
  def flatMap[B](f: A => Option[B]): Option[B] = if (isEmpty) None else f(get)
  def filter(p: A => Boolean): Option[A] = if (isEmpty || p(get)) this else None
  def withFilter(p: A => Boolean): Option[A] = filter(p)
  def filterNot(p: A => Boolean): Option[A] = if (isEmpty || !p(get)) this else None
  def foreach[U](f: A => U): Unit = if (!isEmpty) f(get)
  def fold[B](ifEmpty: => B)(f: A => B): B = if (isEmpty) ifEmpty else f(get)
  def exists(p: A => Boolean): Boolean = !isEmpty && p(get)
  def forall(p: A => Boolean): Boolean = isEmpty || p(get)
  def contains(x: Any): Boolean = !isEmpty && get == x
  def size: Int = if (isEmpty) 0 else 1
  def toList: List[A] = if (isEmpty) Nil else new ::(get, Nil)
  def iterator: Iterator[A] = toList.iterator
  def toRight[X](left: => X): Either[X, A] = if (isEmpty) new Left(left) else new Right(get)
  def toLeft[X](right: => X): Either[A, X] = if (isEmpty) new Right(right) else new Left(get)
}

final case class Some[+A](x: A) extends Option[A] {
  def isEmpty: Boolean = false
  def get: A = x
}

case object None extends Option[Nothing] {
  def isEmpty: Boolean = true
  def get: Nothing = throw new NoSuchElementException("None.get")
}

object Option {
  def apply[A](x: A): Option[A] = if (x == null) None else Some(x)
  def empty[A]: Option[A] = None
}

abstract class List[+A] {
  def isEmpty: Boolean
  def head: A
  def tail: List[A]

  def nonEmpty: Boolean = !isEmpty

  def ::[B >: A](x: B): List[B] = new ::(x, this)

  def +:[B >: A](x: B): List[B] = new ::(x, this)

  def :::[B >: A](prefix: List[B]): List[B] = {
    if (isEmpty) return prefix
    if (prefix.isEmpty) return this
    val b = new ListBuilder[B]
    b.addAll(prefix)
    b.resultOnto(this)
  }

  def reverse_:::[B >: A](prefix: List[B]): List[B] = {
    var r: List[B] = this
    var p = prefix
    while (p ne Nil) { val c = p.asInstanceOf[::[B]]; r = new ::(c.head, r); p = c.tl }
    r
  }

  def ++[B >: A](that: List[B]): List[B] = that.:::(this)

  def :+[B >: A](x: B): List[B] = {
    val b = new ListBuilder[B]
    b.addAll(this)
    b.add(x)
    b.result()
  }

  def length: Int = {
    var n = 0
    var p: List[A] = this
    while (p ne Nil) { n += 1; p = p.asInstanceOf[::[A]].tl }
    n
  }

  def size: Int = length

  def lengthCompare(len: Int): Int = {
    val n = length
    if (n < len) -1 else if (n == len) 0 else 1
  }

  def apply(n: Int): A = {
    var p: List[A] = this
    var i = n
    while (i > 0 && (p ne Nil)) { p = p.asInstanceOf[::[A]].tl; i -= 1 }
    if (n < 0 || (p eq Nil)) throw new IndexOutOfBoundsException("" + n)
    p.head
  }

  def isDefinedAt(n: Int): Boolean = n >= 0 && n < length

  def last: A = {
    if (isEmpty) throw new NoSuchElementException()  // 2.11's LinearSeqOptimized.last: no message
    var p: List[A] = this
    while (p.tail ne Nil) p = p.tail
    p.head
  }

  def init: List[A] = {
    if (isEmpty) throw new UnsupportedOperationException("empty.init")
    val b = new ListBuilder[A]
    var p: List[A] = this
    while (p.tail ne Nil) { b.add(p.head); p = p.tail }
    b.result()
  }

  def headOption: Option[A] = if (isEmpty) None else Some(head)
  def lastOption: Option[A] = if (isEmpty) None else Some(last)

  def reverse: List[A] = {
    var r: List[A] = Nil
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; r = new ::(c.head, r); p = c.tl }
    r
  }

  def map[B](f: A => B): List[B] = {
    if (this eq Nil) return Nil
    var p = this.asInstanceOf[::[A]]
    val first = new ::[B](f(p.head), Nil)
    var last = first
    var q = p.tl
    while (q ne Nil) {
      p = q.asInstanceOf[::[A]]
      val cell = new ::[B](f(p.head), Nil)
      last.tl = cell
      last = cell
      q = p.tl
    }
    first
  }

  def flatMap[B](f: A => List[B]): List[B] = {
    val b = new ListBuilder[B]
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; b.addAll(f(c.head)); p = c.tl }
    b.result()
  }

  def filter(f: A => Boolean): List[A] = {
    val b = new ListBuilder[A]
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (f(c.head)) b.add(c.head); p = c.tl }
    b.result()
  }

  def filterNot(f: A => Boolean): List[A] = {
    val b = new ListBuilder[A]
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (!f(c.head)) b.add(c.head); p = c.tl }
    b.result()
  }

  def withFilter(f: A => Boolean): List[A] = filter(f)

  def foreach[U](f: A => U): Unit = {
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; f(c.head); p = c.tl }
  }

  def foldLeft[B](z: B)(f: (B, A) => B): B = {
    var acc = z
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; acc = f(acc, c.head); p = c.tl }
    acc
  }

  // The other folds and reductions are foldLeft's loop (one closure call more per element).
  def foldRight[B](z: B)(f: (A, B) => B): B = reverse.foldLeft(z)((acc, x) => f(x, acc))

  def fold[B >: A](z: B)(f: (B, B) => B): B = foldLeft(z)((acc, x) => f(acc, x))

  def reduceLeft[B >: A](f: (B, A) => B): B = {
    if (isEmpty) throw new UnsupportedOperationException("empty.reduceLeft")
    tail.foldLeft[B](head)(f)
  }

  def reduce[B >: A](f: (B, B) => B): B = {
    if (isEmpty) throw new UnsupportedOperationException("empty.reduceLeft")
    tail.foldLeft[B](head)((acc, x) => f(acc, x))
  }

  def reduceRight[B >: A](f: (A, B) => B): B = {
    if (isEmpty) throw new UnsupportedOperationException("empty.reduceRight")
    val r = reverse
    r.tail.foldLeft[B](r.head)((acc, x) => f(x, acc))
  }

  def reduceOption[B >: A](f: (B, B) => B): Option[B] = if (isEmpty) None else Some(reduce(f))

  def scanLeft[B](z: B)(f: (B, A) => B): List[B] = {
    val b = new ListBuilder[B]
    var acc = z
    b.add(acc)
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; acc = f(acc, c.head); b.add(acc); p = c.tl }
    b.result()
  }

  def take(n: Int): List[A] = {
    val b = new ListBuilder[A]
    var p: List[A] = this
    var i = 0
    while (i < n && (p ne Nil)) { b.add(p.head); p = p.tail; i += 1 }
    if (p eq Nil) this else b.result()
  }

  def drop(n: Int): List[A] = {
    var p: List[A] = this
    var i = 0
    while (i < n && (p ne Nil)) { p = p.tail; i += 1 }
    p
  }

  def takeRight(n: Int): List[A] = {
    val len = length
    if (n >= len) this else drop(len - n)
  }
  def dropRight(n: Int): List[A] = take(length - n)
  def slice(from: Int, until: Int): List[A] = {
    val lo = if (from < 0) 0 else from
    if (until <= lo) Nil else drop(lo).take(until - lo)
  }
  def splitAt(n: Int): (List[A], List[A]) = (take(n), drop(n))

  def takeWhile(f: A => Boolean): List[A] = {
    val b = new ListBuilder[A]
    var p: List[A] = this
    while ((p ne Nil) && f(p.head)) { b.add(p.head); p = p.tail }
    b.result()
  }

  def dropWhile(f: A => Boolean): List[A] = {
    var p: List[A] = this
    while ((p ne Nil) && f(p.head)) p = p.tail
    p
  }

  def span(f: A => Boolean): (List[A], List[A]) = {
    val b = new ListBuilder[A]
    var p: List[A] = this
    while ((p ne Nil) && f(p.head)) { b.add(p.head); p = p.tail }
    (b.result(), p)
  }

  def partition(f: A => Boolean): (List[A], List[A]) = {
    val yes = new ListBuilder[A]
    val no = new ListBuilder[A]
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (f(c.head)) yes.add(c.head) else no.add(c.head); p = c.tl }
    (yes.result(), no.result())
  }

  def zip[B](that: List[B]): List[(A, B)] = {
    val b = new ListBuilder[(A, B)]
    var p: List[A] = this
    var q = that
    while ((p ne Nil) && (q ne Nil)) { b.add((p.head, q.head)); p = p.tail; q = q.tail }
    b.result()
  }

  def zipWithIndex: List[(A, Int)] = {
    val b = new ListBuilder[(A, Int)]
    var p: List[A] = this
    var i = 0
    while (p ne Nil) { b.add((p.head, i)); p = p.tail; i += 1 }
    b.result()
  }

  def contains(x: Any): Boolean = {
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (c.head == x) return true; p = c.tl }
    false
  }

  def indexOf(x: Any): Int = {
    var p: List[A] = this
    var i = 0
    while (p ne Nil) { if (p.head == x) return i; p = p.tail; i += 1 }
    -1
  }

  def lastIndexOf(x: Any): Int = {
    var p: List[A] = this
    var i = 0
    var found = -1
    while (p ne Nil) { if (p.head == x) found = i; p = p.tail; i += 1 }
    found
  }

  def indexWhere(f: A => Boolean): Int = {
    var p: List[A] = this
    var i = 0
    while (p ne Nil) { if (f(p.head)) return i; p = p.tail; i += 1 }
    -1
  }

  def exists(f: A => Boolean): Boolean = {
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (f(c.head)) return true; p = c.tl }
    false
  }

  def forall(f: A => Boolean): Boolean = {
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (!f(c.head)) return false; p = c.tl }
    true
  }

  def count(f: A => Boolean): Int = {
    var n = 0
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (f(c.head)) n += 1; p = c.tl }
    n
  }

  def find(f: A => Boolean): Option[A] = {
    var p: List[A] = this
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; if (f(c.head)) return Some(c.head); p = c.tl }
    None
  }

  def distinct: List[A] = {
    val b = new ListBuilder[A]
    var seen: List[A] = Nil
    var p: List[A] = this
    while (p ne Nil) {
      if (!seen.contains(p.head)) { seen = new ::(p.head, seen); b.add(p.head) }
      p = p.tail
    }
    b.result()
  }

  def updated[B >: A](index: Int, elem: B): List[B] = {
    if (index < 0 || index >= length) throw new IndexOutOfBoundsException("" + index)
    val b = new ListBuilder[B]
    var p: List[A] = this
    var i = 0
    while (p ne Nil) { if (i == index) b.add(elem) else b.add(p.head); p = p.tail; i += 1 }
    b.result()
  }

  def sameElements(that: List[Any]): Boolean = this == that

  def startsWith(that: List[Any]): Boolean = {
    var p: List[Any] = this
    var q = that
    while ((p ne Nil) && (q ne Nil)) { if (p.head != q.head) return false; p = p.tail; q = q.tail }
    q eq Nil
  }

  def grouped(size: Int): Iterator[List[A]] = {
    val b = new ListBuilder[List[A]]
    var p: List[A] = this
    while (p ne Nil) { b.add(p.take(size)); p = p.drop(size) }
    b.result().iterator
  }

  def sliding(size: Int): Iterator[List[A]] = sliding(size, 1)

  // 2.11's GroupedIterator with partial groups: a group starts every `step` elements; after the first, one is given
  // only when it reaches past the previous group's end.
  def sliding(size: Int, step: Int): Iterator[List[A]] = {
    if (size <= 0 || step <= 0)
      throw new IllegalArgumentException("requirement failed: size=" + size + " and step=" + step +
        ", but both must be positive")
    val b = new ListBuilder[List[A]]
    var p: List[A] = this
    val n = length
    var i = 0
    var lastEnd = 0
    while (i < n) {
      val end = if (i + size < n) i + size else n
      if (i == 0 || end > lastEnd) b.add(p.take(size))
      lastEnd = end
      p = p.drop(step)
      i += step
    }
    b.result().iterator
  }

  // A stable merge sort by `less`: what sortWith, sorted and sortBy come to.
  def sortWith(less: (A, A) => Boolean): List[A] = {
    val n = length
    if (n < 2) return this
    var src = new Array[Any](n)
    var p: List[A] = this
    var i = 0
    while (p ne Nil) { src(i) = p.head; p = p.tail; i += 1 }
    var buffer = new Array[Any](n)
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
          if (a < mid && (c >= hi || !less(src(c).asInstanceOf[A], src(a).asInstanceOf[A]))) {
            buffer(k) = src(a); a += 1
          } else { buffer(k) = src(c); c += 1 }
          k += 1
        }
        lo += 2 * width
      }
      val swap = src
      src = buffer
      buffer = swap
      width *= 2
    }
    var r: List[A] = Nil
    i = n - 1
    while (i >= 0) { r = new ::(src(i).asInstanceOf[A], r); i -= 1 }
    r
  }

  // `sorted`, `max`, `min` and `sortBy` order elements or keys as the element type's Ordering does (Orderings).
  def sorted(): List[A] = sortWith((a, b) => Orderings.compare(a, b) < 0)
  def sorted(ord: Ordering[A]): List[A] = sortWith((a, b) => ord.compare(a, b) < 0)

  def sortBy[B](f: A => B): List[A] = {
    val keys = map(x => (f(x), x))
    keys.sortWith((a, b) => Orderings.compare(a._1, b._1) < 0).map(_._2)
  }

  def sortBy[B](f: A => B)(ord: Ordering[B]): List[A] = {
    val keys = map(x => (f(x), x))
    keys.sortWith((a, b) => ord.compare(a._1, b._1) < 0).map(_._2)
  }

  def max(ord: Ordering[A]): A = {
    if (isEmpty) throw new UnsupportedOperationException("empty.max")
    var m = head
    var p = tail
    while (p ne Nil) { val x = p.head; if (!ord.gteq(m, x)) m = x; p = p.tail }
    m
  }

  def min(ord: Ordering[A]): A = {
    if (isEmpty) throw new UnsupportedOperationException("empty.min")
    var m = head
    var p = tail
    while (p ne Nil) { val x = p.head; if (!ord.lteq(m, x)) m = x; p = p.tail }
    m
  }

  def max(): A = {
    if (isEmpty) throw new UnsupportedOperationException("empty.max")
    var m = head
    var p = tail
    while (p ne Nil) { val x = p.head; if (!Orderings.gteq(m, x)) m = x; p = p.tail }
    m
  }

  def min(): A = {
    if (isEmpty) throw new UnsupportedOperationException("empty.min")
    var m = head
    var p = tail
    while (p ne Nil) { val x = p.head; if (!Orderings.lteq(m, x)) m = x; p = p.tail }
    m
  }

  def maxBy[B](f: A => B): A = {
    if (isEmpty) throw new UnsupportedOperationException("empty.maxBy")
    var m = head
    var mk: Any = f(m)
    var p = tail
    while (p ne Nil) { val x = p.head; val k = f(x); if (Orderings.compare(k, mk) > 0) { m = x; mk = k }; p = p.tail }
    m
  }

  def minBy[B](f: A => B): A = {
    if (isEmpty) throw new UnsupportedOperationException("empty.minBy")
    var m = head
    var mk: Any = f(m)
    var p = tail
    while (p ne Nil) { val x = p.head; val k = f(x); if (Orderings.compare(k, mk) < 0) { m = x; mk = k }; p = p.tail }
    m
  }

  def mkString(start: String, sep: String, end: String): String = {
    val sb = new StringBuilder
    sb.append(start)
    var p: List[A] = this
    var first = true
    while (p ne Nil) {
      if (!first) sb.append(sep)
      sb.append(Anys.show(p.head))
      first = false
      p = p.tail
    }
    sb.append(end)
    sb.toString
  }

  def mkString(sep: String): String = mkString("", sep, "")
  def mkString(): String = mkString("", "", "")

  override def toString: String = mkString("List(", ", ", ")")

  override def equals(that: Any): Boolean = {
    // A Seq equals any Seq of `==` elements in the same order (GenSeqLike.equals): a Vector too
    if (!that.isInstanceOf[List[Any]]) return AnyTypes.isVector(that) && AnyTypes.equalsOther(that, this)
    var p: List[Any] = this
    var q = that.asInstanceOf[List[Any]]
    while ((p ne Nil) && (q ne Nil)) {
      if (p.head != q.head) return false
      p = p.tail
      q = q.tail
    }
    (p eq Nil) && (q eq Nil)
  }

  // MurmurHash3.seqHash, as 2.11's List hashes
  override def hashCode: Int = {
    var h = 83007 // "Seq".hashCode, MurmurHash3.seqSeed
    var n = 0
    var p: List[A] = this
    while (p ne Nil) { h = Statics.mix(h, p.head.##); n += 1; p = p.tail }
    Statics.finalizeHash(h, n)
  }

  def iterator: Iterator[A] = new ListIterator(this)

  def reverseIterator: Iterator[A] = reverse.iterator

  def indices: Range = 0 until length

  def union[B >: A](that: List[B]): List[B] = this ++ that

  // Multiset difference and intersection, as 2.11's SeqLike: each element of `that` cancels one equal element.
  def diff(that: List[Any]): List[A] = {
    var rest: List[Any] = that
    val b = new ListBuilder[A]
    var p: List[A] = this
    while (p ne Nil) {
      val x = p.head
      val i = rest.indexOf(x)
      if (i < 0) b.add(x) else rest = rest.take(i) ::: rest.drop(i + 1)
      p = p.tail
    }
    b.result()
  }

  def intersect(that: List[Any]): List[A] = {
    var rest: List[Any] = that
    val b = new ListBuilder[A]
    var p: List[A] = this
    while (p ne Nil) {
      val x = p.head
      val i = rest.indexOf(x)
      if (i >= 0) { b.add(x); rest = rest.take(i) ::: rest.drop(i + 1) }
      p = p.tail
    }
    b.result()
  }

  def zipAll[B, A1 >: A, B1 >: B](that: List[B], thisElem: A1, thatElem: B1): List[(A1, B1)] = {
    val b = new ListBuilder[(A1, B1)]
    var p: List[A1] = this
    var q: List[B1] = that
    while ((p ne Nil) || (q ne Nil)) {
      val x: A1 = if (p ne Nil) p.head else thisElem
      val y: B1 = if (q ne Nil) q.head else thatElem
      b.add((x, y))
      if (p ne Nil) p = p.tail
      if (q ne Nil) q = q.tail
    }
    b.result()
  }

  def padTo[B >: A](len: Int, elem: B): List[B] = {
    val b = new ListBuilder[B]
    var p: List[A] = this
    var n = 0
    while (p ne Nil) { b.add(p.head); p = p.tail; n += 1 }
    while (n < len) { b.add(elem); n += 1 }
    b.result()
  }

  def combinations(n: Int): Iterator[List[A]] = {
    val len = length
    if (n < 0 || n > len) Nil.iterator else new Combinations(this, n).all().iterator
  }

  def permutations: Iterator[List[A]] = {
    val b = new ListBuilder[List[A]]
    Permutations.each(this, Nil, b)
    if (isEmpty) new ::(Nil, Nil).iterator else b.result().iterator
  }

  def tails: Iterator[List[A]] = {
    val b = new ListBuilder[List[A]]
    var p: List[A] = this
    while (p ne Nil) { b.add(p); p = p.tail }
    b.add(Nil)
    b.result().iterator
  }

  def inits: Iterator[List[A]] = {
    val b = new ListBuilder[List[A]]
    var n = length
    while (n >= 0) { b.add(take(n)); n -= 1 }
    b.result().iterator
  }

  def toList: List[A] = this
  def toSeq: List[A] = this
  def toIterator: Iterator[A] = iterator
  def toArray[B >: A: ClassTag]: Array[B] = {
    val out = new Array[B](length)
    var p: List[A] = this
    var i = 0
    while (p ne Nil) { out(i) = p.head; p = p.tail; i += 1 }
    out
  }
}

case class ::[B](hd: B, var tl: List[B]) extends List[B] {
  def isEmpty: Boolean = false
  def head: B = hd
  def tail: List[B] = tl
  override def toString: String = mkString("List(", ", ", ")")
  override def equals(that: Any): Boolean = super.equals(that)
  override def hashCode: Int = super.hashCode
}

// The separate arguments of a repeated parameter (`f(1, 2)` of `def f(xs: Int*)`), which 2.11 passes as a
// WrappedArray: a List of these cells (semantics/varargs.py), printed `WrappedArray(1, 2)` as Scala's; `toList` is a
// List, as WrappedArray's. Where the method keeps it, matches it, tests its class or shows what it makes of it, the
// call is reported instead (prelude/seq_kinds.py): there it would be a List where Scala's is not.
final class WrappedArgs[B](first: B, rest: List[B]) extends ::[B](first, rest) {
  override def toString: String = mkString("WrappedArray(", ", ", ")")
  override def toList: List[B] = {
    val b = new ListBuilder[B]
    var p: List[B] = this
    while (p ne Nil) { b.add(p.head); p = p.tail }
    b.result()
  }
}

case object Nil extends List[Nothing] {
  def isEmpty: Boolean = true
  def head: Nothing = throw new NoSuchElementException("head of empty list")
  def tail: List[Nothing] = throw new UnsupportedOperationException("tail of empty list")
  override def toString: String = "List()"
  override def equals(that: Any): Boolean =
    if (that.isInstanceOf[List[Any]]) that.asInstanceOf[List[Any]].isEmpty
    else AnyTypes.isVector(that) && AnyTypes.equalsOther(that, this)
  override def hashCode: Int = Statics.finalizeHash(83007, 0)
}

object List {
  def empty[A]: List[A] = Nil

  def fill[A](n: Int)(elem: => A): List[A] = {
    val b = new ListBuilder[A]
    var i = 0
    while (i < n) { b.add(elem); i += 1 }
    b.result()
  }

  def tabulate[A](n: Int)(f: Int => A): List[A] = {
    val b = new ListBuilder[A]
    var i = 0
    while (i < n) { b.add(f(i)); i += 1 }
    b.result()
  }

  def range(start: Int, end: Int): List[Int] = range(start, end, 1)

  def range(start: Int, end: Int, step: Int): List[Int] = {
    if (step == 0) throw new IllegalArgumentException("zero step")
    val b = new ListBuilder[Int]
    var i = start
    while (if (step > 0) i < end else i > end) { b.add(i); i += step }
    b.result()
  }

  def concat[A](a: List[A], b: List[A]): List[A] = a ::: b

  def iterate[A](start: A, len: Int)(f: A => A): List[A] = {
    val b = new ListBuilder[A]
    var x = start
    var i = 0
    while (i < len) {
      b.add(x)
      i += 1
      if (i < len) x = f(x)
    }
    b.result()
  }

  def fill[A](n1: Int, n2: Int)(elem: => A): List[List[A]] = {
    val b = new ListBuilder[List[A]]
    var i = 0
    while (i < n1) { b.add(fill(n2)(elem)); i += 1 }
    b.result()
  }

  def tabulate[A](n1: Int, n2: Int)(f: (Int, Int) => A): List[List[A]] = {
    val b = new ListBuilder[List[A]]
    var i = 0
    while (i < n1) {
      val row = new ListBuilder[A]
      var j = 0
      while (j < n2) { row.add(f(i, j)); j += 1 }
      b.add(row.result())
      i += 1
    }
    b.result()
  }
}

// 2.11's CombinationsItr: equal elements are one kind with a count (in order of first appearance), and the
// combinations are the counts' vectors from the greatest down, so `List(1, 2, 3).combinations(2)` gives
// List(1, 2), List(1, 3), List(2, 3) and duplicates give each combination once.
final class Combinations[A](xs: List[A], n: Int) {
  def all(): List[List[A]] = {
    val len = xs.length
    val kinds = new Array[Any](len)
    val weights = new Array[Int](len)
    var kindCount = 0
    var p: List[A] = xs
    var i = 0
    while (p ne Nil) {
      var k = 0
      while (k < kindCount && kinds(k) != p.head) k += 1
      if (k == kindCount) { kinds(k) = p.head; kindCount += 1 }
      weights(i) = k
      i += 1
      p = p.tail
    }
    val cnts = new Array[Int](kindCount)
    i = 0
    while (i < len) { cnts(weights(i)) += 1; i += 1 }
    val elms = new Array[Any](len)  // the elements sorted (stably) by kind
    val offs = new Array[Int](kindCount + 1)
    var k = 0
    while (k < kindCount) { offs(k + 1) = offs(k) + cnts(k); k += 1 }
    val fill = new Array[Int](kindCount)
    p = xs
    i = 0
    while (p ne Nil) { val w = weights(i); elms(offs(w) + fill(w)) = p.head; fill(w) += 1; i += 1; p = p.tail }
    val nums = new Array[Int](kindCount)
    var r = n
    k = 0
    while (k < kindCount) { nums(k) = if (r < cnts(k)) r else cnts(k); r -= nums(k); k += 1 }
    val out = new ListBuilder[List[A]]
    var more = true
    while (more) {
      val b = new ListBuilder[A]
      k = 0
      while (k < kindCount) {
        var j = 0
        while (j < nums(k)) { b.add(elms(offs(k) + j).asInstanceOf[A]); j += 1 }
        k += 1
      }
      out.add(b.result())
      var idx = kindCount - 1
      while (idx >= 0 && nums(idx) == cnts(idx)) idx -= 1
      idx -= 1
      while (idx >= 0 && nums(idx) <= 0) idx -= 1
      if (idx < 0) more = false
      else {
        var sum = 1
        k = idx + 1
        while (k < kindCount) { sum += nums(k); k += 1 }
        nums(idx) -= 1
        k = idx + 1
        while (k < kindCount) {
          nums(k) = if (sum < cnts(k)) sum else cnts(k)
          sum -= nums(k)
          k += 1
        }
      }
    }
    out.result()
  }
}

object Permutations {
  // 2.11's PermutationsItr: the elements ordered by kind (equal ones are one kind, in order of first appearance),
  // then every next permutation of the kinds in lexicographic order, so repeated elements give each once.
  def each[A](xs: List[A], unused: List[A], out: ListBuilder[List[A]]): Unit = {
    val len = xs.length
    val kinds = new Array[Any](len)
    val idxs = new Array[Int](len)
    var kindCount = 0
    var p: List[A] = xs
    var i = 0
    while (p ne Nil) {
      var k = 0
      while (k < kindCount && kinds(k) != p.head) k += 1
      if (k == kindCount) { kinds(k) = p.head; kindCount += 1 }
      idxs(i) = k
      i += 1
      p = p.tail
    }
    i = 1
    while (i < len) {  // insertion sort: the kinds in order
      val v = idxs(i)
      var j = i - 1
      while (j >= 0 && idxs(j) > v) { idxs(j + 1) = idxs(j); j -= 1 }
      idxs(j + 1) = v
      i += 1
    }
    var more = true
    while (more) {
      val b = new ListBuilder[A]
      i = 0
      while (i < len) { b.add(kinds(idxs(i)).asInstanceOf[A]); i += 1 }
      out.add(b.result())
      var a = len - 2
      while (a >= 0 && idxs(a) >= idxs(a + 1)) a -= 1
      if (a < 0) more = false
      else {
        var c = len - 1
        while (idxs(c) <= idxs(a)) c -= 1
        val t = idxs(a); idxs(a) = idxs(c); idxs(c) = t
        var lo = a + 1
        var hi = len - 1
        while (lo < hi) { val u = idxs(lo); idxs(lo) = idxs(hi); idxs(hi) = u; lo += 1; hi -= 1 }
      }
    }
  }
}

// Appends at the end of a list being built: the last cell's `tl` is set, never a copy.
final class ListBuilder[A] {
  private var first: List[A] = Nil
  private var lastCell: ::[A] = null

  def add(x: A): Unit = {
    val cell = new ::[A](x, Nil)
    if (lastCell == null) first = cell else lastCell.tl = cell
    lastCell = cell
  }

  def addAll(xs: List[A]): Unit = {
    var p = xs
    while (p ne Nil) { val c = p.asInstanceOf[::[A]]; add(c.head); p = c.tl }
  }

  def result(): List[A] = first

  def resultOnto(rest: List[A]): List[A] = {
    if (lastCell == null) return rest
    lastCell.tl = rest
    first
  }
}

// The orderings `sorted`, `max`, `min` and `sortBy` use, chosen by the values' run-time types as Scala's implicit
// Ordering is by their static ones: numbers and Char by value (Double and Float as java.lang.Double.compare),
// Boolean false first, String by compareTo, tuples and Options element by element, BigInt by value.
object Orderings {
  def compare(a: Any, b: Any): Int = {
    if (a.isInstanceOf[Int] && b.isInstanceOf[Int]) {
      val x = a.asInstanceOf[Int]
      val y = b.asInstanceOf[Int]
      return if (x < y) -1 else if (x == y) 0 else 1
    }
    if (a.isInstanceOf[String]) return StringLib.compareTo(a.asInstanceOf[String], b.asInstanceOf[String])
    if (a.isInstanceOf[Double] || a.isInstanceOf[Float]) {
      val x = Anys.doubleValue(a, Anys.typeCode(a))
      val y = Anys.doubleValue(b, Anys.typeCode(b))
      if (x < y) return -1
      if (x > y) return 1
      if (x == y && x != 0.0) return 0
      val xb = java.lang.Double.doubleToLongBits(x)
      val yb = java.lang.Double.doubleToLongBits(y)
      return if (xb == yb) 0 else if (xb < yb) -1 else 1
    }
    if (a.isInstanceOf[Long] || a.isInstanceOf[Int] || a.isInstanceOf[Char] || a.isInstanceOf[Short]
        || a.isInstanceOf[Byte]) {
      val x = Anys.longValue(a, Anys.typeCode(a))
      val y = Anys.longValue(b, Anys.typeCode(b))
      return if (x < y) -1 else if (x == y) 0 else 1
    }
    if (a.isInstanceOf[Boolean]) {
      val x = a.asInstanceOf[Boolean]
      val y = b.asInstanceOf[Boolean]
      return if (x == y) 0 else if (x) 1 else -1
    }
    if (a.isInstanceOf[BigInt]) return a.asInstanceOf[BigInt].compare(b.asInstanceOf[BigInt])
    if (a.isInstanceOf[Option[Any]]) {
      val x = a.asInstanceOf[Option[Any]]
      val y = b.asInstanceOf[Option[Any]]
      if (x.isEmpty) return if (y.isEmpty) 0 else -1
      if (y.isEmpty) return 1
      return compare(x.get, y.get)
    }
    val xs = AnyTypes.tupleElements(a)
    if (xs != null) {
      val ys = AnyTypes.tupleElements(b)
      var i = 0
      while (i < xs.length) {
        val c = compare(xs(i), ys(i))
        if (c != 0) return c
        i += 1
      }
      return 0
    }
    if (a.isInstanceOf[Comparable[Any]]) return a.asInstanceOf[Comparable[Any]].compareTo(b) // Ordering.ordered
    throw new ClassCastException("no Ordering for " + Anys.className(a))
  }

  // Ordering.Double's and Float's lteq / gteq compare with <= and >= (NaN is neither), as max and min use them.
  def lteq(a: Any, b: Any): Boolean =
    if (a.isInstanceOf[Double] || a.isInstanceOf[Float])
      Anys.doubleValue(a, Anys.typeCode(a)) <= Anys.doubleValue(b, Anys.typeCode(b))
    else compare(a, b) <= 0

  def gteq(a: Any, b: Any): Boolean =
    if (a.isInstanceOf[Double] || a.isInstanceOf[Float])
      Anys.doubleValue(a, Anys.typeCode(a)) >= Anys.doubleValue(b, Anys.typeCode(b))
    else compare(a, b) >= 0
}

// scala.util.Either as 2.11 has it: not right-biased; `e.right.map(f)` and `e.left.map(f)` go through projections.
abstract class Either[+A, +B] {
  def isLeft: Boolean
  def isRight: Boolean
  def left: LeftProjection[A, B] = new LeftProjection(this)
  def right: RightProjection[A, B] = new RightProjection(this)
  def leftValue: A = throw new NoSuchElementException("Either.left.value on Right")
  def rightValue: B = throw new NoSuchElementException("Either.right.value on Left")
  def fold[C](fa: A => C, fb: B => C): C = if (isLeft) fa(leftValue) else fb(rightValue)
  def swap: Either[B, A] = if (isLeft) new Right(leftValue) else new Left(rightValue)
}

final case class Left[+A, +B](a: A) extends Either[A, B] {
  def isLeft: Boolean = true
  def isRight: Boolean = false
  override def leftValue: A = a
}

final case class Right[+A, +B](b: B) extends Either[A, B] {
  def isLeft: Boolean = false
  def isRight: Boolean = true
  override def rightValue: B = b
}

final class LeftProjection[+A, +B](e: Either[A, B]) {
  def get: A = if (e.isLeft) e.leftValue else throw new NoSuchElementException("Either.left.value on Right")
  def getOrElse[C >: A](or: => C): C = if (e.isLeft) e.leftValue else or
  def foreach[U](f: A => U): Unit = if (e.isLeft) f(e.leftValue)
  def exists(p: A => Boolean): Boolean = e.isLeft && p(e.leftValue)
  def forall(p: A => Boolean): Boolean = e.isRight || p(e.leftValue)
  def map[C](f: A => C): Either[C, B] = if (e.isLeft) new Left(f(e.leftValue)) else e.asInstanceOf[Either[C, B]]
  def flatMap[C, D >: B](f: A => Either[C, D]): Either[C, D] =
    if (e.isLeft) f(e.leftValue) else e.asInstanceOf[Either[C, D]]
  def toOption: Option[A] = if (e.isLeft) Some(e.leftValue) else None
  def toSeq: List[A] = if (e.isLeft) new ::(e.leftValue, Nil) else Nil
  override def toString: String = "LeftProjection(" + e + ")"
}

final class RightProjection[+A, +B](e: Either[A, B]) {
  def get: B = if (e.isRight) e.rightValue else throw new NoSuchElementException("Either.right.value on Left")
  def getOrElse[C >: B](or: => C): C = if (e.isRight) e.rightValue else or
  def foreach[U](f: B => U): Unit = if (e.isRight) f(e.rightValue)
  def exists(p: B => Boolean): Boolean = e.isRight && p(e.rightValue)
  def forall(p: B => Boolean): Boolean = e.isLeft || p(e.rightValue)
  def map[C](f: B => C): Either[A, C] = if (e.isRight) new Right(f(e.rightValue)) else e.asInstanceOf[Either[A, C]]
  def flatMap[C >: A, D](f: B => Either[C, D]): Either[C, D] =
    if (e.isRight) f(e.rightValue) else e.asInstanceOf[Either[C, D]]
  def toOption: Option[B] = if (e.isRight) Some(e.rightValue) else None
  def toSeq: List[B] = if (e.isRight) new ::(e.rightValue, Nil) else Nil
  override def toString: String = "RightProjection(" + e + ")"
}

// Methods of List that need an implicit evidence in Scala (`transpose` asks that the elements be collections).
object ListOps {
  def transpose[B](xss: List[List[B]]): List[List[B]] = {
    if (xss.isEmpty) return Nil
    val width = xss.head.length
    val b = new ListBuilder[List[B]]
    var cols = xss
    var i = 0
    while (i < width) {
      val col = new ListBuilder[B]
      var p = cols
      val rest = new ListBuilder[List[B]]
      while (p ne Nil) {
        val row = p.head
        if (row.isEmpty) throw new IllegalArgumentException("transpose requires all collections have the same size")
        col.add(row.head)
        rest.add(row.tail)
        p = p.tail
      }
      b.add(col.result())
      cols = rest.result()
      i += 1
    }
    var p = cols
    while (p ne Nil) {
      if (p.head.nonEmpty) throw new IllegalArgumentException("transpose requires all collections have the same size")
      p = p.tail
    }
    b.result()
  }
}

// scala.math.Ordering: the natural orderings compare as Orderings does; `by`, `on` and `reverse` build new ones.
abstract class Ordering[T] {
  def compare(x: T, y: T): Int
  def lt(x: T, y: T): Boolean = compare(x, y) < 0
  def lteq(x: T, y: T): Boolean = compare(x, y) <= 0
  def gt(x: T, y: T): Boolean = compare(x, y) > 0
  def gteq(x: T, y: T): Boolean = compare(x, y) >= 0
  def equiv(x: T, y: T): Boolean = compare(x, y) == 0
  def max(x: T, y: T): T = if (gteq(x, y)) x else y
  def min(x: T, y: T): T = if (lteq(x, y)) x else y
  def reverse: Ordering[T] = new ReversedOrdering[T](this)
  def on[U](f: U => T): Ordering[U] = new MappedOrdering[T, U](this, f)
}

final class NaturalOrdering[T] extends Ordering[T] {
  def compare(x: T, y: T): Int = Orderings.compare(x, y)
  override def lteq(x: T, y: T): Boolean = Orderings.lteq(x, y)
  override def gteq(x: T, y: T): Boolean = Orderings.gteq(x, y)
}

final class ReversedOrdering[T](outer: Ordering[T]) extends Ordering[T] {
  def compare(x: T, y: T): Int = outer.compare(y, x)
  override def reverse: Ordering[T] = outer
}

final class MappedOrdering[T, U](outer: Ordering[T], f: U => T) extends Ordering[U] {
  def compare(x: U, y: U): Int = outer.compare(f(x), f(y))
}

// Ordering.fromLessThan, and Ordering.by, which 2.11 builds with it: compare gives -1, 0 or 1 only.
final class LessThanOrdering[T](less: (T, T) => Boolean) extends Ordering[T] {
  def compare(x: T, y: T): Int = if (less(x, y)) -1 else if (less(y, x)) 1 else 0
  override def lt(x: T, y: T): Boolean = less(x, y)
  override def gt(x: T, y: T): Boolean = less(y, x)
  override def gteq(x: T, y: T): Boolean = !less(x, y)
  override def lteq(x: T, y: T): Boolean = !less(y, x)
}

object Ordering {
  def by[T, S](f: T => S): Ordering[T] = {
    val natural = new NaturalOrdering[S]
    new LessThanOrdering[T]((x: T, y: T) => natural.lt(f(x), f(y)))
  }
  def fromLessThan[T](less: (T, T) => Boolean): Ordering[T] = new LessThanOrdering[T](less)
  def natural[T]: Ordering[T] = new NaturalOrdering[T]
  def Int: Ordering[Int] = new NaturalOrdering[Int]
  def Long: Ordering[Long] = new NaturalOrdering[Long]
  def Double: Ordering[Double] = new NaturalOrdering[Double]
  def Float: Ordering[Float] = new NaturalOrdering[Float]
  def Char: Ordering[Char] = new NaturalOrdering[Char]
  def Short: Ordering[Short] = new NaturalOrdering[Short]
  def Byte: Ordering[Byte] = new NaturalOrdering[Byte]
  def Boolean: Ordering[Boolean] = new NaturalOrdering[Boolean]
  def String: Ordering[String] = new NaturalOrdering[String]
}

// An array or a range where a List is expected (`xs.zip(0 until n)`, `xs ++ words`): what Scala's implicit
// conversion to a collection gives, as a List. One function per element type the arrays of the subset can hold.
object ListConversions {
  def ints(a: Array[Int]): List[Int] = { var r: List[Int] = Nil; var i = a.length - 1; while (i >= 0) { r = a(i) :: r; i -= 1 }; r }
  def longs(a: Array[Long]): List[Long] = { var r: List[Long] = Nil; var i = a.length - 1; while (i >= 0) { r = a(i) :: r; i -= 1 }; r }
  def doubles(a: Array[Double]): List[Double] = { var r: List[Double] = Nil; var i = a.length - 1; while (i >= 0) { r = a(i) :: r; i -= 1 }; r }
  def chars(a: Array[Char]): List[Char] = { var r: List[Char] = Nil; var i = a.length - 1; while (i >= 0) { r = a(i) :: r; i -= 1 }; r }
  def booleans(a: Array[Boolean]): List[Boolean] = { var r: List[Boolean] = Nil; var i = a.length - 1; while (i >= 0) { r = a(i) :: r; i -= 1 }; r }
  def strings(a: Array[String]): List[String] = { var r: List[String] = Nil; var i = a.length - 1; while (i >= 0) { r = a(i) :: r; i -= 1 }; r }
}
