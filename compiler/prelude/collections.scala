// Scala's Range (of Int; of Char too, printed as a NumericRange) arithmetic, as scala.collection.immutable.Range
// computes it in 2.11. A Range value is its
// four parts; loops over it and its higher-order methods are built by the compiler around `length`.
object Ranges {
  final val MAX_PRINT = 512

  def isEmpty(start: Int, end: Int, step: Int, inclusive: Boolean): Boolean =
    (start > end && step > 0) || (start < end && step < 0) || (start == end && !inclusive)

  def length(start: Int, end: Int, step: Int, inclusive: Boolean): Int = {
    if (step == 0) Runtime.fail("java.lang.IllegalArgumentException: step cannot be 0.")
    if (isEmpty(start, end, step, inclusive)) 0
    else {
      val gap = end.toLong - start.toLong
      val exact = gap % step == 0
      val n = gap / step + (if (inclusive || !exact) 1L else 0L)
      if (n > Int.MaxValue) Runtime.fail("java.lang.IllegalArgumentException: " + show(start, end, step, inclusive) +
        " has more than Int.MaxValue elements.")
      n.toInt
    }
  }

  def last(start: Int, end: Int, step: Int, inclusive: Boolean): Int = {
    val n = length(start, end, step, inclusive)
    if (n == 0) Runtime.fail("java.util.NoSuchElementException")  // Nil.last: no message
    start + (n - 1) * step
  }

  def head(start: Int, end: Int, step: Int, inclusive: Boolean): Int = {
    if (length(start, end, step, inclusive) == 0) Runtime.fail("java.util.NoSuchElementException: head of empty list")
    start
  }

  def sum(start: Int, end: Int, step: Int, inclusive: Boolean): Int = {
    val n = length(start, end, step, inclusive)
    if (n == 0) 0
    else if (n == 1) start
    else (n.toLong * (start + last(start, end, step, inclusive)) / 2).toInt
  }

  def contains(start: Int, end: Int, step: Int, inclusive: Boolean, x: Int): Boolean = {
    if (isEmpty(start, end, step, inclusive)) false
    else if (x == end && !inclusive) false
    else if (step > 0) {
      if (x < start || x > end) false else step == 1 || (x.toLong - start) % step == 0
    } else {
      if (x < end || x > start) false else step == -1 || (x.toLong - start) % step == 0
    }
  }

  // `Range(1, 2, 3)`; past 512 elements Scala prints the first 512 and `, ... )`.
  // The elements of a range held as Any, boxed: for its `==` and hashCode as a Seq (AnyTypes.vectorElements).
  def elements(start: Int, end: Int, step: Int, inclusive: Boolean): Array[Any] = {
    val n = length(start, end, step, inclusive)
    val out = new Array[Any](n)
    var i = 0
    while (i < n) {
      out(i) = start + step * i
      i += 1
    }
    out
  }

  def show(start: Int, end: Int, step: Int, inclusive: Boolean): String =
    showElements("Range(", false, start, end, step, inclusive)

  // A Char range, a NumericRange: `NumericRange(a, b, c)`.
  def showChars(start: Int, end: Int, step: Int, inclusive: Boolean): String =
    showElements("NumericRange(", true, start, end, step, inclusive)

  def showElements(prefix: String, chars: Boolean, start: Int, end: Int, step: Int, inclusive: Boolean): String = {
    val n = length(start, end, step, inclusive)
    var out = prefix
    var i = 0
    while (i < n && i < MAX_PRINT) {
      if (i > 0) out = out + ", "
      val x = start + i * step
      out = if (chars) out + x.toChar else out + x
      i += 1
    }
    if (n > MAX_PRINT) out + ", ... )" else out + ")"
  }
}

// NumericRange[Long] (`1L to n`), as Scala 2.11 computes it: its length is checked only when needed, and a
// range of more than Int.MaxValue elements fails then.
object LongRanges {
  def tooLong(): Nothing = Runtime.fail("java.lang.IllegalArgumentException: More than Int.MaxValue elements.")

  def length(start: Long, end: Long, step: Long, inclusive: Boolean): Int = {
    if (step == 0L) Runtime.fail("java.lang.IllegalArgumentException: step cannot be 0.")
    if (start == end) return if (inclusive) 1 else 0
    val upward = start < end
    if (upward != step > 0L) return 0
    val diff = end - start
    var quotient = diff / step
    var remainder = diff - quotient * step
    if ((diff > 0L) != upward) {
      // end - start overflowed: divide each end on its own; what is left over is less than two steps.
      val spread = (end - end / step * step) - (start - start / step * step)
      quotient = end / step - start / step + spread / step
      remainder = spread - spread / step * step
      if (quotient <= 0L) tooLong()
    }
    if (quotient > Int.MaxValue) tooLong()
    val count = if (!inclusive && remainder == 0L) quotient else quotient + 1L
    if (count > Int.MaxValue) tooLong()
    count.toInt
  }

  def isEmpty(start: Long, end: Long, step: Long, inclusive: Boolean): Boolean =
    length(start, end, step, inclusive) == 0

  def last(start: Long, end: Long, step: Long, inclusive: Boolean): Long = {
    val n = length(start, end, step, inclusive)
    if (n == 0) Runtime.fail("java.util.NoSuchElementException")  // Nil.last: no message
    start + (n - 1).toLong * step
  }

  def head(start: Long, end: Long, step: Long, inclusive: Boolean): Long = {
    if (length(start, end, step, inclusive) == 0) Runtime.fail("java.util.NoSuchElementException: head of empty list")
    start
  }

  // The fold of `+` over the elements, wrapping as Long addition does.
  def sum(start: Long, end: Long, step: Long, inclusive: Boolean): Long = {
    val n = length(start, end, step, inclusive).toLong
    n * start + step * (n * (n - 1L) / 2L)
  }

  def contains(start: Long, end: Long, step: Long, inclusive: Boolean, x: Long): Boolean = {
    if (isEmpty(start, end, step, inclusive)) return false
    val l = last(start, end, step, inclusive)
    val within = if (step > 0L) start <= x && x <= l else l <= x && x <= start
    within && (x - start) % step == 0L
  }

  def show(start: Long, end: Long, step: Long, inclusive: Boolean): String = {
    val n = length(start, end, step, inclusive)
    var out = "NumericRange("
    var i = 0
    while (i < n && i < Ranges.MAX_PRINT) {
      if (i > 0) out = out + ", "
      out = out + (start + i.toLong * step)
      i += 1
    }
    if (n > Ranges.MAX_PRINT) out + ", ... )" else out + ")"
  }
}

// The order that sorts n elements stably by `less` (a merge sort of their indices, bottom-up): a sort of any
// element type reads its elements in this order.
object Sorting {
  def stableOrder(n: Int, less: (Int, Int) => Boolean): Array[Int] = {
    var order = new Array[Int](n)
    var buffer = new Array[Int](n)
    var i = 0
    while (i < n) {
      order(i) = i
      i += 1
    }
    var width = 1
    while (width < n) {
      var lo = 0
      while (lo < n) {
        val mid = math.min(lo + width, n)
        val hi = math.min(lo + 2 * width, n)
        var a = lo
        var b = mid
        var k = lo
        while (k < hi) {
          if (a < mid && (b >= hi || !less(order(b), order(a)))) {
            buffer(k) = order(a)
            a += 1
          } else {
            buffer(k) = order(b)
            b += 1
          }
          k += 1
        }
        lo += 2 * width
      }
      val swap = order
      order = buffer
      buffer = swap
      width *= 2
    }
    order
  }
}

// The Range methods that give a Range or look at positions, as scala.collection.immutable.Range 2.11 computes
// them (its empty ranges keep the start, or the end, they were cut at; Range.Inclusive stays inclusive).
object RangeLib {
  def toList(r: Range): List[Int] = {
    val b = new ListBuilder[Int]
    for (i <- r) b.add(i)
    b.result()
  }

  def make(start: Int, end: Int, step: Int, inclusive: Boolean): Range =
    if (inclusive) start to end by step else start until end by step

  def emptyAt(r: Range, value: Int): Range = value until value by r.step

  def locationAfterN(r: Range, n: Int): Int = r.start + r.step * n

  def apply(r: Range, idx: Int): Int = {
    if (idx < 0 || idx >= r.length) throw new IndexOutOfBoundsException("" + idx)
    locationAfterN(r, idx)
  }

  def take(r: Range, n: Int): Range =
    if (n <= 0 || r.isEmpty) emptyAt(r, r.start)
    else if (n >= r.length) r
    else make(r.start, locationAfterN(r, n - 1), r.step, true)

  def drop(r: Range, n: Int): Range =
    if (n <= 0 || r.isEmpty) r
    else if (n >= r.length) emptyAt(r, r.end)
    else make(locationAfterN(r, n), r.end, r.step, r.isInclusive)

  def takeRight(r: Range, n: Int): Range = if (n <= 0) emptyAt(r, r.start) else drop(r, r.length - n)

  def dropRight(r: Range, n: Int): Range = if (n <= 0) r else take(r, r.length - n)

  def init(r: Range): Range = {
    if (r.isEmpty) throw new UnsupportedOperationException("empty.init")
    dropRight(r, 1)
  }

  def tail(r: Range): Range = {
    if (r.isEmpty) throw new UnsupportedOperationException("tail of empty list")
    drop(r, 1)
  }

  def splitAt(r: Range, n: Int): (Range, Range) = (take(r, n), drop(r, n))

  // dropWhile and span given how many elements the predicate held for (takeWhile is take).
  def dropWhileCount(r: Range, count: Int): Range =
    if (count == 0) r
    else if (count == r.length) emptyAt(r, r.last)
    else make(locationAfterN(r, count), r.last, r.step, true)

  def spanCount(r: Range, count: Int): (Range, Range) =
    if (count == 0) (emptyAt(r, r.start), r)
    else if (count == r.length) (r, emptyAt(r, r.last))
    else (make(r.start, locationAfterN(r, count - 1), r.step, true), make(locationAfterN(r, count), r.last, r.step,
      true))

  def inclusive(r: Range): Range = if (r.isInclusive) r else make(r.start, r.end, r.step, true)

  def indices(r: Range): Range = 0 until r.length

  def lastIndexOf(r: Range, x: Int): Int = if (r.contains(x)) (x - r.start) / r.step else -1

  def indexOf(r: Range, x: Int): Int = lastIndexOf(r, x)

  // Range.equals: the same elements (two empty ranges are equal).
  def sameElements(r: Range, o: Range): Boolean =
    if (r.isEmpty) o.isEmpty
    else o.nonEmpty && r.start == o.start && r.last == o.last && (r.start == r.last || r.step == o.step)
}
