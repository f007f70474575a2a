package draft

// scala.collection.mutable.ArrayBuffer over an Array[Any] that doubles (2.11: initial size 16, grows to
// max(2 * length, needed)); the elements are erased to Any and cast back where read.
final class ArrayBuffer[A](initialSize: Int) {
  private var array = new Array[Any](if (initialSize < 1) 1 else initialSize)
  private var size0 = 0

  def this() = this(16)

  def length: Int = size0
  def size: Int = size0
  def isEmpty: Boolean = size0 == 0
  def nonEmpty: Boolean = size0 != 0

  private def ensureSize(n: Int): Unit = {
    if (n > array.length) {
      var newSize = array.length.toLong * 2
      while (n > newSize) newSize = newSize * 2
      if (newSize > Int.MaxValue) newSize = Int.MaxValue
      val grown = new Array[Any](newSize.toInt)
      var i = 0
      while (i < size0) { grown(i) = array(i); i += 1 }
      array = grown
    }
  }

  private def check(idx: Int): Unit =
    if (idx < 0 || idx >= size0) throw new IndexOutOfBoundsException("" + idx)

  def apply(idx: Int): A = {
    check(idx)
    array(idx).asInstanceOf[A]
  }

  def update(idx: Int, x: A): Unit = {
    check(idx)
    array(idx) = x
  }

  def +=(x: A): ArrayBuffer[A] = {
    ensureSize(size0 + 1)
    array(size0) = x
    size0 += 1
    this
  }

  def append(x: A): Unit = this += x

  def ++=(xs: ArrayBuffer[A]): ArrayBuffer[A] = {
    val n = xs.length
    ensureSize(size0 + n)
    var i = 0
    while (i < n) { array(size0 + i) = xs(i); i += 1 }
    size0 += n
    this
  }

  def +=:(x: A): ArrayBuffer[A] = {
    insert(0, x)
    this
  }

  def insert(n: Int, x: A): Unit = {
    if (n < 0 || n > size0) throw new IndexOutOfBoundsException("" + n)
    ensureSize(size0 + 1)
    var i = size0
    while (i > n) { array(i) = array(i - 1); i -= 1 }
    array(n) = x
    size0 += 1
  }

  def remove(n: Int): A = {
    check(n)
    val result = array(n).asInstanceOf[A]
    var i = n
    while (i + 1 < size0) { array(i) = array(i + 1); i += 1 }
    size0 -= 1
    array(size0) = null
    result
  }

  def remove(n: Int, count: Int): Unit = {
    if (count < 0) throw new IllegalArgumentException("removing negative number of elements: " + count)
    if (n < 0 || n > size0 - count) throw new IndexOutOfBoundsException("" + n)
    var i = n
    while (i + count < size0) { array(i) = array(i + count); i += 1 }
    while (i < size0) { array(i) = null; i += 1 }
    size0 -= count
  }

  def clear(): Unit = {
    var i = 0
    while (i < size0) { array(i) = null; i += 1 }
    size0 = 0
  }

  def head: A = {
    if (size0 == 0) throw new NoSuchElementException("head of empty list")  // hmm: IndexedSeqOptimized.head
    apply(0)
  }

  def last: A = {
    if (size0 == 0) throw new NoSuchElementException("last of empty list")
    apply(size0 - 1)
  }

  def foreach[U](f: A => U): Unit = {
    var i = 0
    while (i < size0) { f(array(i).asInstanceOf[A]); i += 1 }
  }

  def map[B](f: A => B): ArrayBuffer[B] = {
    val b = new ArrayBuffer[B](if (size0 < 16) 16 else size0)
    var i = 0
    while (i < size0) { b += f(array(i).asInstanceOf[A]); i += 1 }
    b
  }

  def filter(p: A => Boolean): ArrayBuffer[A] = {
    val b = new ArrayBuffer[A]()
    var i = 0
    while (i < size0) { val x = array(i).asInstanceOf[A]; if (p(x)) b += x; i += 1 }
    b
  }

  def foldLeft[B](z: B)(f: (B, A) => B): B = {
    var acc = z
    var i = 0
    while (i < size0) { acc = f(acc, array(i).asInstanceOf[A]); i += 1 }
    acc
  }

  def exists(p: A => Boolean): Boolean = {
    var i = 0
    while (i < size0) { if (p(array(i).asInstanceOf[A])) return true; i += 1 }
    false
  }

  def contains(x: Any): Boolean = indexOf(x) >= 0

  def indexOf(x: Any): Int = {
    var i = 0
    while (i < size0) { if (array(i) == x) return i; i += 1 }
    -1
  }

  def toList: List[A] = {
    var r: List[A] = NilList
    var i = size0 - 1
    while (i >= 0) { r = new Cons(array(i).asInstanceOf[A], r); i -= 1 }
    r
  }

  def mkString(start: String, sep: String, end: String): String = {
    val sb = new StringBuilder
    sb.append(start)
    var i = 0
    while (i < size0) { if (i > 0) sb.append(sep); sb.append("" + array(i)); i += 1 }
    sb.append(end)
    sb.toString
  }

  def mkString(sep: String): String = mkString("", sep, "")
  def mkString: String = mkString("", "", "")

  override def toString: String = mkString("ArrayBuffer(", ", ", ")")

  override def equals(that: Any): Boolean = that match {
    case o: ArrayBuffer[_] =>
      if (o.length != size0) return false
      var i = 0
      while (i < size0) { if (array(i) != o(i)) return false; i += 1 }
      true
    case _ => false
  }
}

object BufferCheck {
  def main(args: Array[String]): Unit = {
    val b = new ArrayBuffer[Int]()
    for (i <- 1 to 20) b += i * i
    b.insert(0, -1)
    b.remove(3)
    b(1) = 100
    println(b + " " + b.length + " " + b.map(_ / 2).filter(_ % 2 == 0) + " " + b.toList.take(3) + " " + b.foldLeft(0)(_ + _))
    val s = scala.collection.mutable.ArrayBuffer[Int]()
    for (i <- 1 to 20) s += i * i
    s.insert(0, -1)
    s.remove(3)
    s(1) = 100
    println(s + " " + s.length + " " + s.map(_ / 2).filter(_ % 2 == 0) + " " + s.toList.take(3) + " " + s.foldLeft(0)(_ + _))
  }
}
