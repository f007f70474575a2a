// Covers: Array(...) literals of Int, Long, Double, Char, Boolean and Float,
// .length, for (x <- array), in-place reversal, sum/min/max, and aliasing.
object ArrayLiteralsForeach {
  def sum(a: Array[Int]): Int = {
    var s = 0
    for (x <- a) s += x
    s
  }

  def reverse(a: Array[Int]): Unit = {
    var i = 0
    var j = a.length - 1
    while (i < j) {
      val t = a(i)
      a(i) = a(j)
      a(j) = t
      i += 1
      j -= 1
    }
  }

  def main(args: Array[String]): Unit = {
    val a = Array(4, 8, 15, 16, 23, 42)
    println(a.length)
    println(sum(a))
    var mn = a(0)
    var mx = a(0)
    for (x <- a) {
      mn = math.min(mn, x)
      mx = math.max(mx, x)
    }
    println(mn + " " + mx)
    reverse(a)
    for (x <- a) print(x + " ")
    println()
    val alias = a
    alias(0) = -1
    println(a(0))
    val ls = Array(1L, 2L, 3000000000L)
    var lsum = 0L
    for (l <- ls) lsum += l
    println(lsum)
    val ds = Array(1.5, 2.25, -0.75)
    var dsum = 0.0
    for (d <- ds) dsum += d
    println(dsum)
    val cs = Array('s', 'c', 'a', 'l', 'a')
    var word = ""
    for (c <- cs) word = word + c
    println(word)
    val bs = Array(true, true, false)
    println(bs(2) || bs(0))
    val fs = Array(0.5f, 0.25f)
    println(fs(0) + fs(1))
    val one = Array(7)
    println(one.length + " " + one(0))
    val idx = Array(2, 0, 1)
    val vals = Array(10, 20, 30)
    println(vals(idx(idx(0))))
    vals(idx(0)) = vals(idx(1)) + vals(idx(2))
    println(vals(2))
  }
}
