// Scala's Range (of Int) arithmetic, as scala.collection.immutable.Range computes it in 2.11. A Range value is its
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
    if (n == 0) Runtime.fail("java.util.NoSuchElementException: empty.last")
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
  def show(start: Int, end: Int, step: Int, inclusive: Boolean): String = {
    val n = length(start, end, step, inclusive)
    var out = "Range("
    var i = 0
    while (i < n && i < MAX_PRINT) {
      if (i > 0) out = out + ", "
      out = out + (start + i * step)
      i += 1
    }
    if (n > MAX_PRINT) out + ", ... )" else out + ")"
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
