// The buffers', maps' and sets' conversions to the library's List and Iterator (lists.scala): typed only in a
// prelude that has them (compiler/prelude/__init__.py).

// A collection's elements as an Iterator, in its order (2.11's: next() past the end throws).
final class ElemsIterator[A](xs: Array[Any]) extends Iterator[A] {
  private var at = 0
  def hasNext: Boolean = at < xs.length
  def next(): A = {
    if (at >= xs.length) throw new NoSuchElementException("next on empty iterator")
    val x = xs(at)
    at += 1
    x.asInstanceOf[A]
  }
}

object CollectionLists {
  // A buffer where a Seq (the library's List) is expected: its elements, as a ListBuffer is a Seq.
  def bufferToList[A](b: SeqBuffer[A]): List[A] = {
    var r: List[A] = Nil
    var i = b.size0 - 1
    while (i >= 0) {
      r = new ::(b.apply(i), r)
      i -= 1
    }
    r
  }
}
