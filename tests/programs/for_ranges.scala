// Covers: for over until / to ranges (including empty and negative ranges),
// nested for loops, for over arrays of several element types, loop variable use.
object ForRanges {
  def main(args: Array[String]): Unit = {
    for (i <- 0 until 5) print(i + " ")
    println()
    for (i <- 1 to 5) print(i + " ")
    println()
    for (i <- 5 until 5) print("never ")
    for (i <- 5 to 4) print("never ")
    for (i <- 5 to 5) print("once ")
    println()
    for (i <- -3 to 3) print(i * i + " ")
    println()
    var sum = 0L
    for (i <- 1 to 1000) sum += i
    println(sum)
    val n = 4
    for (i <- 0 until n) {
      var line = ""
      for (j <- 0 until n) {
        line = line + (if (i == j) "1" else "0")
      }
      println(line)
    }
    val words = Array("alpha", "beta", "gamma")
    for (w <- words) println(w + " " + w.length)
    val ds = Array(0.5, 1.5, 2.5)
    var dsum = 0.0
    for (d <- ds) dsum += d
    println(dsum)
    val cs = Array('x', 'y', 'z')
    for (c <- cs) print(c)
    println()
    val bs = Array(true, false, true)
    var trues = 0
    for (b <- bs) if (b) trues += 1
    println(trues)
    val ls = Array(1L << 40, 2L, -3L)
    var lsum = 0L
    for (l <- ls) lsum += l
    println(lsum)
    var count = 0
    for (i <- 0 until 10) {
      for (j <- i until 10) count += 1
    }
    println(count)
    val lo = 3
    val hi = 7
    for (k <- lo to hi) print(k)
    println()
    for (k <- Int.MaxValue - 2 to Int.MaxValue) println(k)
  }
}
