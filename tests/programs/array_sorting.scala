// Covers: in-place bubble sort and insertion sort on Int arrays, a selection sort
// on Strings by length, binary search, and printing arrays.
object ArraySorting {
  def show(a: Array[Int]): String = {
    var s = ""
    for (i <- 0 until a.length) {
      if (i > 0) s = s + " "
      s = s + a(i)
    }
    s
  }

  def bubble(a: Array[Int]): Int = {
    var swaps = 0
    var n = a.length
    var swapped = true
    while (swapped) {
      swapped = false
      var i = 1
      while (i < n) {
        if (a(i - 1) > a(i)) {
          val t = a(i - 1)
          a(i - 1) = a(i)
          a(i) = t
          swapped = true
          swaps += 1
        }
        i += 1
      }
      n -= 1
    }
    swaps
  }

  def insertion(a: Array[Int]): Unit = {
    for (i <- 1 until a.length) {
      val key = a(i)
      var j = i - 1
      while (j >= 0 && a(j) > key) {
        a(j + 1) = a(j)
        j -= 1
      }
      a(j + 1) = key
    }
  }

  def sortByLength(a: Array[String]): Unit = {
    for (i <- 0 until a.length) {
      var m = i
      for (j <- i + 1 until a.length) {
        if (a(j).length < a(m).length) m = j
      }
      val t = a(i)
      a(i) = a(m)
      a(m) = t
    }
  }

  def binarySearch(a: Array[Int], key: Int): Int = {
    var lo = 0
    var hi = a.length - 1
    while (lo <= hi) {
      val mid = (lo + hi) >>> 1
      if (a(mid) < key) lo = mid + 1
      else if (a(mid) > key) hi = mid - 1
      else return mid
    }
    -(lo + 1)
  }

  def main(args: Array[String]): Unit = {
    val a = Array(5, -2, 9, 0, 5, 3, -8, 7)
    println(bubble(a))
    println(show(a))
    val b = new Array[Int](20)
    var seed = 12345
    for (i <- 0 until b.length) {
      seed = seed * 1103515245 + 12345
      b(i) = (seed >>> 16) % 100
    }
    println(show(b))
    insertion(b)
    println(show(b))
    println(binarySearch(a, 7))
    println(binarySearch(a, 4))
    val words = Array("banana", "kiwi", "fig", "cherry", "apple")
    sortByLength(words)
    var ws = ""
    for (w <- words) ws = ws + w + " "
    println(ws)
    val empty = new Array[Int](0)
    insertion(empty)
    println("[" + show(empty) + "]")
  }
}
