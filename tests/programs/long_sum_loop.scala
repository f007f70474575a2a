// Covers: compute-heavy speed check: nested loops doing 10 million iterations
// of Long arithmetic with wrap-around, plus a Double accumulation.
object LongSumLoop {
  def main(args: Array[String]): Unit = {
    var sum = 0L
    var hash = 1125899906842597L
    var i = 0
    while (i < 10000) {
      var j = 0
      while (j < 1000) {
        val v = i.toLong * j
        sum += v
        hash = 31 * hash + (v ^ (v >>> 7))
        j += 1
      }
      i += 1
    }
    println(sum)
    println(hash)
    var d = 0.0
    var k = 1
    while (k <= 1000000) {
      d += 1.0 / k
      k += 1
    }
    println(d)
    var x = 0
    for (a <- 0 until 3000) {
      for (b <- 0 until 1000) {
        x += (a * b) & 7
      }
    }
    println(x)
  }
}
