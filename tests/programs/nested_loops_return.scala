// Covers: return from inside nested while loops and from inside for loops,
// early return with a value, and code after the loops when nothing is found.
object NestedLoopsReturn {
  def findPair(a: Array[Int], target: Int): String = {
    var i = 0
    while (i < a.length) {
      var j = i + 1
      while (j < a.length) {
        if (a(i) + a(j) == target) return i + "+" + j
        j += 1
      }
      i += 1
    }
    "none"
  }

  def firstMultiple(limit: Int, k: Int): Int = {
    for (i <- 1 to limit) {
      for (j <- 1 to limit) {
        if (i * j % k == 0 && i != j) return i * 100 + j
      }
    }
    -1
  }

  def firstNegative(a: Array[Int]): Int = {
    for (x <- a) {
      if (x < 0) return x
    }
    0
  }

  def search(grid: Array[Array[Int]], v: Int): Int = {
    var r = 0
    while (r < grid.length) {
      var c = 0
      while (c < grid(r).length) {
        if (grid(r)(c) == v) {
          return r * 10 + c
        }
        c += 1
      }
      r += 1
    }
    -1
  }

  def logAndReturn(n: Int): Unit = {
    if (n > 5) {
      println("big, returning early")
      return
    }
    println("small: " + n)
  }

  def main(args: Array[String]): Unit = {
    val a = Array(3, 9, -4, 12, 5, 7)
    println(findPair(a, 12))
    println(findPair(a, 17))
    println(findPair(a, 100))
    println(firstMultiple(10, 7))
    println(firstMultiple(3, 11))
    println(firstNegative(a))
    println(firstNegative(Array(1, 2)))
    val g = new Array[Array[Int]](3)
    for (r <- 0 until 3) {
      g(r) = new Array[Int](4)
      for (c <- 0 until 4) g(r)(c) = r * 4 + c
    }
    println(search(g, 6))
    println(search(g, 11))
    println(search(g, 12))
    logAndReturn(3)
    logAndReturn(9)
  }
}
