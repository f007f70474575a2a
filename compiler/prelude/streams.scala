// scala.collection.immutable.Stream as 2.11 has it: a strict head and a tail computed once, on first use (so `map`
// evaluates its function on the head at once and on the rest as it is reached; `find` stops at the first match).
// toString shows the cells evaluated so far, then `?`, as 2.11's addString does; `mkString` and `toList` force.

abstract class Stream[+A] {
  def isEmpty: Boolean
  def head: A
  def tail: Stream[A]
  def tailDefined: Boolean

  def nonEmpty: Boolean = !isEmpty
  def headOption: Option[A] = if (isEmpty) None else Some(head)

  def map[B](f: A => B): Stream[B] =
    if (isEmpty) StreamEmpty else new StreamCons[B](f(head), () => tail.map(f))

  def flatMap[B](f: A => Stream[B]): Stream[B] = {
    var rest: Stream[A] = this
    var first: Stream[B] = StreamEmpty
    while (!rest.isEmpty && first.isEmpty) { first = f(rest.head); rest = rest.tail }
    if (first.isEmpty) StreamEmpty
    else {
      val after = rest
      Streams.append(first, () => after.flatMap(f))
    }
  }

  def filter(p: A => Boolean): Stream[A] = {
    var rest: Stream[A] = this
    while (!rest.isEmpty && !p(rest.head)) rest = rest.tail
    if (rest.isEmpty) StreamEmpty
    else {
      val found = rest
      new StreamCons[A](found.head, () => found.tail.filter(p))
    }
  }

  def filterNot(p: A => Boolean): Stream[A] = filter(x => !p(x))
  def withFilter(p: A => Boolean): Stream[A] = filter(p)

  def find(p: A => Boolean): Option[A] = {
    var rest: Stream[A] = this
    while (!rest.isEmpty) { if (p(rest.head)) return Some(rest.head); rest = rest.tail }
    None
  }

  def exists(p: A => Boolean): Boolean = !find(p).isEmpty
  def forall(p: A => Boolean): Boolean = find(x => !p(x)).isEmpty
  def contains(x: Any): Boolean = exists(y => y == x)

  def take(n: Int): Stream[A] =
    if (n <= 0 || isEmpty) StreamEmpty
    else if (n == 1) new StreamCons[A](head, () => StreamEmpty)
    else new StreamCons[A](head, () => tail.take(n - 1))

  def drop(n: Int): Stream[A] = {
    var rest: Stream[A] = this
    var i = n
    while (i > 0 && !rest.isEmpty) { rest = rest.tail; i -= 1 }
    rest
  }

  def takeWhile(p: A => Boolean): Stream[A] =
    if (!isEmpty && p(head)) new StreamCons[A](head, () => tail.takeWhile(p)) else StreamEmpty

  def dropWhile(p: A => Boolean): Stream[A] = {
    var rest: Stream[A] = this
    while (!rest.isEmpty && p(rest.head)) rest = rest.tail
    rest
  }

  def zip[B](that: Stream[B]): Stream[(A, B)] =
    if (isEmpty || that.isEmpty) StreamEmpty
    else new StreamCons[(A, B)]((head, that.head), () => tail.zip(that.tail))

  def zipWithIndex: Stream[(A, Int)] = zip(Stream.from(0))

  def apply(n: Int): A = {
    val rest = drop(n)
    if (n < 0 || rest.isEmpty) throw new IndexOutOfBoundsException("" + n)
    rest.head
  }

  def foreach[U](f: A => U): Unit = {
    var rest: Stream[A] = this
    while (!rest.isEmpty) { f(rest.head); rest = rest.tail }
  }

  def foldLeft[B](z: B)(f: (B, A) => B): B = {
    var acc = z
    var rest: Stream[A] = this
    while (!rest.isEmpty) { acc = f(acc, rest.head); rest = rest.tail }
    acc
  }

  def length: Int = {
    var n = 0
    var rest: Stream[A] = this
    while (!rest.isEmpty) { n += 1; rest = rest.tail }
    n
  }

  def size: Int = length

  def toList: List[A] = {
    val b = new ListBuilder[A]
    var rest: Stream[A] = this
    while (!rest.isEmpty) { b.add(rest.head); rest = rest.tail }
    b.result()
  }

  def iterator: Iterator[A] = new StreamIterator[A](this)

  def force: Stream[A] = { length; this }

  def mkString(start: String, sep: String, end: String): String = toList.mkString(start, sep, end)
  def mkString(sep: String): String = toList.mkString("", sep, "")
  def mkString(): String = toList.mkString("", "", "")

  override def toString: String = {
    val b = new StringBuilder
    b.append("Stream(")
    if (!isEmpty) {
      b.append("" + head)
      var cell: Stream[A] = this
      while (cell.tailDefined && !cell.tail.isEmpty) {
        cell = cell.tail
        b.append(", ")
        b.append("" + cell.head)
      }
      if (!cell.tailDefined) b.append(", ?")
    }
    b.append(")")
    b.toString
  }

  override def equals(that: Any): Boolean =
    that.isInstanceOf[Stream[Any]] && toList == that.asInstanceOf[Stream[Any]].toList

  override def hashCode: Int = toList.hashCode
}

final class StreamCons[A](hd: A, rest: () => Stream[A]) extends Stream[A] {
  private var tl: Stream[A] = null
  private var defined = false
  def isEmpty: Boolean = false
  def head: A = hd
  def tailDefined: Boolean = defined
  def tail: Stream[A] = {
    if (!defined) { tl = rest(); defined = true }
    tl
  }
}

object StreamEmpty extends Stream[Nothing] {
  def isEmpty: Boolean = true
  def head: Nothing = throw new NoSuchElementException("head of empty stream")
  def tail: Stream[Nothing] = throw new UnsupportedOperationException("tail of empty stream")
  def tailDefined: Boolean = false
}

final class StreamIterator[A](start: Stream[A]) extends Iterator[A] {
  private var rest: Stream[A] = start
  def hasNext: Boolean = !rest.isEmpty
  def next(): A = {
    if (rest.isEmpty) throw new NoSuchElementException("next on empty iterator")
    val x = rest.head
    rest = rest.tail
    x
  }
}

object Streams {
  def append[A](first: Stream[A], rest: () => Stream[A]): Stream[A] =
    if (first.isEmpty) rest()
    else new StreamCons[A](first.head, () => append(first.tail, rest))

  def fromList[A](xs: List[A]): Stream[A] =
    if (xs.isEmpty) StreamEmpty else new StreamCons[A](xs.head, () => fromList(xs.tail))

  def cons[A](x: A, rest: () => Stream[A]): Stream[A] = new StreamCons[A](x, rest)
}

object Stream {
  def empty[A]: Stream[A] = StreamEmpty
  // `x #:: rest` (the typer writes it so): rest is evaluated when the tail is first needed, as ConsWrapper's is
  def cons[A](hd: A, tl: => Stream[A]): Stream[A] = new StreamCons[A](hd, () => tl)
  def from(start: Int): Stream[Int] = from(start, 1)
  def from(start: Int, step: Int): Stream[Int] = new StreamCons[Int](start, () => from(start + step, step))
  def iterate[A](start: A)(f: A => A): Stream[A] = new StreamCons[A](start, () => iterate(f(start))(f))
  def continually[A](elem: => A): Stream[A] = new StreamCons[A](elem, () => continually(elem))
}
