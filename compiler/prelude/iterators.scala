// scala.collection.Iterator as the prelude writes it: the abstract class with the methods programs call on it, and
// the iterators its methods and List's return (lazy: each element is computed when `next()` asks for it).
abstract class Iterator[+A] {
  def hasNext: Boolean
  def next(): A

  def isEmpty: Boolean = !hasNext
  def nonEmpty: Boolean = hasNext

  def foreach[U](f: A => U): Unit = while (hasNext) f(next())

  def map[B](f: A => B): Iterator[B] = new MappedIterator(this, f)

  def filter(p: A => Boolean): Iterator[A] = new FilteredIterator(this, p)

  def withFilter(p: A => Boolean): Iterator[A] = filter(p)

  def take(n: Int): Iterator[A] = new TakenIterator(this, n)

  def flatMap[B](f: A => Iterator[B]): Iterator[B] = new FlatMappedIterator(this, f)

  def zipWithIndex: Iterator[(A, Int)] = {
    var i = -1
    map(x => { i += 1; (x, i) })
  }

  def drop(n: Int): Iterator[A] = {
    var i = 0
    while (i < n && hasNext) { next(); i += 1 }
    this
  }

  def toList: List[A] = {
    val b = new ListBuilder[A]
    while (hasNext) b.add(next())
    b.result()
  }

  def size: Int = {
    var n = 0
    while (hasNext) { next(); n += 1 }
    n
  }

  def length: Int = size

  def exists(p: A => Boolean): Boolean = {
    while (hasNext) if (p(next())) return true
    false
  }

  def forall(p: A => Boolean): Boolean = {
    while (hasNext) if (!p(next())) return false
    true
  }

  def contains(x: Any): Boolean = exists(y => y == x)

  def count(p: A => Boolean): Int = {
    var n = 0
    while (hasNext) if (p(next())) n += 1
    n
  }

  def find(p: A => Boolean): Option[A] = {
    while (hasNext) { val x = next(); if (p(x)) return Some(x) }
    None
  }

  def foldLeft[B](z: B)(f: (B, A) => B): B = {
    var acc = z
    while (hasNext) acc = f(acc, next())
    acc
  }

  def mkString(start: String, sep: String, end: String): String = toList.mkString(start, sep, end)
  def mkString(sep: String): String = toList.mkString("", sep, "")
  def mkString(): String = toList.mkString("", "", "")

  override def toString: String = (if (hasNext) "non-empty" else "empty") + " iterator"
}

final class ListIterator[A](start: List[A]) extends Iterator[A] {
  private var rest: List[A] = start
  def hasNext: Boolean = rest ne Nil
  def next(): A = {
    if (rest eq Nil) throw new NoSuchElementException("next on empty iterator")
    val c = rest.asInstanceOf[::[A]]
    rest = c.tl
    c.head
  }
}

final class MappedIterator[A, B](self: Iterator[A], f: A => B) extends Iterator[B] {
  def hasNext: Boolean = self.hasNext
  def next(): B = f(self.next())
}

final class FilteredIterator[A](self: Iterator[A], p: A => Boolean) extends Iterator[A] {
  private var ahead: A = null.asInstanceOf[A]
  private var ready = false
  def hasNext: Boolean = {
    while (!ready && self.hasNext) {
      val x = self.next()
      if (p(x)) { ahead = x; ready = true }
    }
    ready
  }
  def next(): A = {
    if (!hasNext) throw new NoSuchElementException("next on empty iterator")
    ready = false
    ahead
  }
}

final class FlatMappedIterator[A, B](self: Iterator[A], f: A => Iterator[B]) extends Iterator[B] {
  private var current: Iterator[B] = null
  def hasNext: Boolean = {
    while ((current == null || !current.hasNext) && self.hasNext) current = f(self.next())
    current != null && current.hasNext
  }
  def next(): B = {
    if (!hasNext) throw new NoSuchElementException("next on empty iterator")
    current.next()
  }
}

final class TakenIterator[A](self: Iterator[A], n: Int) extends Iterator[A] {
  private var left = n
  def hasNext: Boolean = left > 0 && self.hasNext
  def next(): A = {
    if (left <= 0) throw new NoSuchElementException("next on empty iterator")
    left -= 1
    self.next()
  }
}
