// scala.collection.mutable's sequences as Scala 2.11 keeps them: ArrayBuffer (an array that doubles), ListBuffer,
// Stack and Queue (array-backed too: only their toString and their ends differ). Elements are held erased (Any);
// the methods that take functions (map, filter, foldLeft, sortBy, ...) are the array methods applied to `elems`,
// a copy at the caller's element type (library.py), so these classes keep only storage and the in-place updates.
class SeqBuffer[A](kind: String) {
  var array: Array[Any] = new Array[Any](16)
  var size0: Int = 0

  def length: Int = size0
  def size: Int = size0
  def isEmpty: Boolean = size0 == 0
  def nonEmpty: Boolean = size0 != 0

  // ResizableArray.ensureSize: doubles until n fits.
  def ensureSize(n: Int): Unit = {
    if (n > array.length) {
      var newSize = array.length.toLong * 2
      while (n > newSize) newSize = newSize * 2
      if (newSize > 2147483647L) newSize = 2147483647L
      val grown = new Array[Any](newSize.toInt)
      var i = 0
      while (i < size0) {
        grown(i) = array(i)
        i += 1
      }
      array = grown
    }
  }

  def check(idx: Int): Unit =
    if (idx < 0 || idx >= size0) throw new IndexOutOfBoundsException("" + idx)

  def apply(idx: Int): A = {
    check(idx)
    array(idx).asInstanceOf[A]
  }

  def update(idx: Int, x: A): Unit = {
    check(idx)
    array(idx) = x
  }

  def add(x: A): Unit = {
    if (size0 == array.length) ensureSize(size0 + 1)
    array(size0) = x
    size0 += 1
  }

  def addAll(xs: Array[A]): Unit = {
    val n = xs.length
    ensureSize(size0 + n)
    var i = 0
    while (i < n) {
      array(size0 + i) = xs(i)
      i += 1
    }
    size0 += n
  }

  def insertAt(n: Int, x: A): Unit = {
    if (n < 0 || n > size0) throw new IndexOutOfBoundsException("" + n)
    ensureSize(size0 + 1)
    var i = size0
    while (i > n) {
      array(i) = array(i - 1)
      i -= 1
    }
    array(n) = x
    size0 += 1
  }

  def removeAt(n: Int): A = {
    check(n)
    val result = array(n).asInstanceOf[A]
    var i = n
    while (i + 1 < size0) {
      array(i) = array(i + 1)
      i += 1
    }
    size0 -= 1
    array(size0) = null
    result
  }

  def removeRange(n: Int, count: Int): Unit = {
    if (count < 0) throw new IllegalArgumentException("removing negative number of elements: " + count)
    if (n < 0 || n > size0 - count) throw new IndexOutOfBoundsException("" + n)
    var i = n
    while (i + count < size0) {
      array(i) = array(i + count)
      i += 1
    }
    while (i < size0) {
      array(i) = null
      i += 1
    }
    size0 -= count
  }

  // trimEnd(n) / trimStart(n): the last (first) n elements removed, as 2.11's BufferLike does it with
  // remove(i, n): an ArrayBuffer's fails past its end (IndexOutOfBoundsException), a ListBuffer's removes what
  // there is
  def trimEnd(n: Int): Unit = removeUpTo(if (size0 - n > 0) size0 - n else 0, n)
  def trimStart(n: Int): Unit = removeUpTo(0, n)
  private def removeUpTo(i: Int, n: Int): Unit =
    if (kind == "ListBuffer") { if (i < size0) removeRange(i, if (n > size0 - i) size0 - i else n) }
    else removeRange(i, n)

  def removeValue(x: Any): Unit = {
    var i = 0
    while (i < size0) {
      if (array(i) == x) {
        removeAt(i)
        return
      }
      i += 1
    }
  }

  def clear(): Unit = {
    var i = 0
    while (i < size0) {
      array(i) = null
      i += 1
    }
    size0 = 0
  }

  // The elements, in order, as a fresh array (seen by the caller at its element type).
  def elems: Array[A] = {
    val out = new Array[Any](size0)
    var i = 0
    while (i < size0) {
      out(i) = array(i)
      i += 1
    }
    out.asInstanceOf[Array[A]]
  }

  // The elements in order, erased (what an Iterator over them walks).
  def elemsAny: Array[Any] = elems.asInstanceOf[Array[Any]]

  def render(start: String): String = {
    val sb = new StringBuilder
    sb.append(start)
    var i = 0
    while (i < size0) {
      if (i > 0) sb.append(", ")
      sb.append(array(i))
      i += 1
    }
    sb.append(")")
    sb.toString
  }

  override def toString: String = render(kind + "(")

  def sameAs(o: SeqBuffer[A]): Boolean = {
    if (o.size0 != size0) return false
    var i = 0
    while (i < size0) {
      if (array(i) != o.array(i)) return false
      i += 1
    }
    true
  }

  override def equals(that: Any): Boolean =
    if (that.isInstanceOf[SeqBuffer[A]]) sameAs(that.asInstanceOf[SeqBuffer[A]]) else false

  // Seq's hashCode: MurmurHash3.seqHash.
  override def hashCode: Int = {
    var i = 0
    var hh = 83007  // "Seq".hashCode: MurmurHash3.seqSeed
    while (i < size0) {
      hh = Statics.mix(hh, array(i).##)
      i += 1
    }
    Statics.finalizeHash(hh, size0)
  }
}

final class ArrayBuffer[A] extends SeqBuffer[A]("ArrayBuffer") {
  def +=(x: A): ArrayBuffer[A] = {
    add(x)
    this
  }
  def append(x: A): Unit = add(x)
  def +=:(x: A): ArrayBuffer[A] = {
    insertAt(0, x)
    this
  }
  def prepend(x: A): Unit = insertAt(0, x)
  def insert(n: Int, x: A): Unit = insertAt(n, x)
  def remove(n: Int): A = removeAt(n)
  def remove(n: Int, count: Int): Unit = removeRange(n, count)
  def -=(x: A): ArrayBuffer[A] = {
    removeValue(x)
    this
  }
}

final class ListBuffer[A] extends SeqBuffer[A]("ListBuffer") {
  def +=(x: A): ListBuffer[A] = {
    add(x)
    this
  }
  def append(x: A): Unit = add(x)
  def +=:(x: A): ListBuffer[A] = {
    insertAt(0, x)
    this
  }
  def prepend(x: A): Unit = insertAt(0, x)
  def insert(n: Int, x: A): Unit = insertAt(n, x)
  def remove(n: Int): A = removeAt(n)
  def -=(x: A): ListBuffer[A] = {
    removeValue(x)
    this
  }
}

// mutable.Stack (2.11): the top is the first element, as toString, apply and iteration show it; kept here with
// the top last in the array, so that push and pop cost no shifting.
final class MutableStack[A] extends SeqBuffer[A]("Stack") {
  def push(x: A): MutableStack[A] = {
    add(x)
    this
  }
  def pop(): A = {
    if (size0 == 0) throw new NoSuchElementException("head of empty list")
    removeAt(size0 - 1)
  }
  def top: A = {
    if (size0 == 0) throw new NoSuchElementException("head of empty list")
    array(size0 - 1).asInstanceOf[A]
  }
  override def apply(idx: Int): A = {
    check(idx)
    array(size0 - 1 - idx).asInstanceOf[A]
  }
  override def elems: Array[A] = {
    val out = new Array[Any](size0)
    var i = 0
    while (i < size0) {
      out(i) = array(size0 - 1 - i)
      i += 1
    }
    out.asInstanceOf[Array[A]]
  }
  override def toString: String = {
    val sb = new StringBuilder
    sb.append("Stack(")
    var i = size0 - 1
    while (i >= 0) {
      sb.append(array(i))
      if (i > 0) sb.append(", ")
      i -= 1
    }
    sb.append(")")
    sb.toString
  }
}

// mutable.Queue (2.11, a MutableList): enqueue at the end, dequeue from the front.
final class MutableQueue[A] extends SeqBuffer[A]("Queue") {
  def +=(x: A): MutableQueue[A] = {
    add(x)
    this
  }
  def enqueue(x: A): Unit = add(x)
  def dequeue(): A = {
    if (size0 == 0) throw new NoSuchElementException("queue empty")
    removeAt(0)
  }
  def front: A = {
    if (size0 == 0) throw new NoSuchElementException()
    array(0).asInstanceOf[A]
  }
}

// A mutable map's `keys` and `keySet`: a Set of the keys in the map's order (2.11's DefaultKeySet), compared as sets.
final class MapKeys[A] extends SeqBuffer[A]("Set") {
  private def holds(x: Any): Boolean = {
    var i = 0
    while (i < size0) { if (array(i) == x) return true; i += 1 }
    false
  }

  override def equals(that: Any): Boolean = {
    val other: Array[Any] =
      if (that.isInstanceOf[ImmutableSet[Any]]) that.asInstanceOf[ImmutableSet[Any]].elemsAny
      else if (that.isInstanceOf[MutableSet[Any]]) that.asInstanceOf[MutableSet[Any]].elemsAny
      else if (that.isInstanceOf[MapKeys[Any]]) that.asInstanceOf[MapKeys[Any]].elemsAny
      else null
    if (other == null || other.length != size0) return false
    var i = 0
    while (i < other.length) { if (!holds(other(i))) return false; i += 1 }
    true
  }

  override def hashCode: Int = {
    val hs = new Array[Int](size0)
    var i = 0
    while (i < size0) { hs(i) = array(i).##; i += 1 }
    MapText.unorderedHash(hs, size0, 83010)  // "Set".hashCode
  }
}

// A map's `values`: an Iterable in the map's order, printed as 2.11's default views print (`MapLike(...)` for an
// immutable map, `HashMap(...)` for a mutable one) and equal only to itself, as they are.
final class MapValues[A] extends SeqBuffer[A]("MapLike") {
  override def equals(that: Any): Boolean = this eq that.asInstanceOf[AnyRef]
}

final class MutableMapValues[A] extends SeqBuffer[A]("HashMap") {
  override def equals(that: Any): Boolean = this eq that.asInstanceOf[AnyRef]
}
