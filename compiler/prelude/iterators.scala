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

  def takeWhile(p: A => Boolean): Iterator[A] = new TakenWhileIterator(this, p)

  def dropWhile(p: A => Boolean): Iterator[A] = new DroppedWhileIterator(this, p)

  def zip[B](that: Iterator[B]): Iterator[(A, B)] = new ZippedIterator(this, that)

  def slice(from: Int, until: Int): Iterator[A] = {
    val lo = if (from > 0) from else 0
    drop(lo).take(until - lo)
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

final class TakenWhileIterator[A](self: Iterator[A], p: A => Boolean) extends Iterator[A] {
  private var ahead: A = null.asInstanceOf[A]
  private var state = 0  // 0: not looked ahead, 1: `ahead` is the next element, 2: done
  def hasNext: Boolean = {
    if (state == 0) {
      if (self.hasNext) {
        ahead = self.next()
        state = if (p(ahead)) 1 else 2
      } else state = 2
    }
    state == 1
  }
  def next(): A = {
    if (!hasNext) throw new NoSuchElementException("next on empty iterator")
    state = 0
    ahead
  }
}

// (the first element that fails p is kept and given first)
final class DroppedWhileIterator[A](self: Iterator[A], p: A => Boolean) extends Iterator[A] {
  private var first: A = null.asInstanceOf[A]
  private var state = 0  // 0: still dropping, 1: `first` is next, 2: reading self
  private def skip(): Unit = {
    while (state == 0 && self.hasNext) {
      val x = self.next()
      if (!p(x)) { first = x; state = 1 }
    }
    if (state == 0) state = 2
  }
  def hasNext: Boolean = {
    skip()
    state == 1 || self.hasNext
  }
  def next(): A = {
    skip()
    if (state == 1) { state = 2; first } else self.next()
  }
}

final class ZippedIterator[A, B](self: Iterator[A], that: Iterator[B]) extends Iterator[(A, B)] {
  def hasNext: Boolean = self.hasNext && that.hasNext
  def next(): (A, B) = {
    if (!hasNext) throw new NoSuchElementException("next on empty iterator")
    (self.next(), that.next())
  }
}

// scala.collection.Iterator's factories.
object Iterator {
  // (`Iterator(a, b)` is the List's iterator: library.py)
  val empty: Iterator[Nothing] = new ListIterator[Nothing](Nil)
  def single[A](x: A): Iterator[A] = new ListIterator[A](x :: Nil)
  def iterate[A](start: A)(f: A => A): Iterator[A] = new IteratedIterator[A](start, f)
  def continually[A](elem: => A): Iterator[A] = new ContinualIterator[A](() => elem)
  def from(start: Int): Iterator[Int] = new StepIterator(start, 1, Int.MaxValue, true)
  def from(start: Int, step: Int): Iterator[Int] = new StepIterator(start, step, Int.MaxValue, true)
  def range(start: Int, end: Int): Iterator[Int] = new StepIterator(start, 1, end, false)
  def range(start: Int, end: Int, step: Int): Iterator[Int] = {
    if (step == 0) throw new IllegalArgumentException("zero step")
    new StepIterator(start, step, end, false)
  }
}

final class IteratedIterator[A](start: A, f: A => A) extends Iterator[A] {
  private var acc = start
  private var first = true
  def hasNext: Boolean = true
  def next(): A = {
    if (first) first = false else acc = f(acc)
    acc
  }
}

final class ContinualIterator[A](elem: () => A) extends Iterator[A] {
  def hasNext: Boolean = true
  def next(): A = elem()
}

// Iterator.from (endless: `endless`, wrapping past Int.MaxValue as 2.11's does) and Iterator.range (up to `end`,
// excluded, in the step's direction).
final class StepIterator(start: Int, step: Int, end: Int, endless: Boolean) extends Iterator[Int] {
  private var i = start
  def hasNext: Boolean = endless || (if (step > 0) i < end else i > end)
  def next(): Int = {
    if (!hasNext) throw new NoSuchElementException("next on empty iterator")
    val r = i
    i += step
    r
  }
}
