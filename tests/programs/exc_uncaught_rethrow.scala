// Covers: an exception caught, then thrown again from the catch case with nothing outside to catch it: the
// JVM's first line for it and status 1.
object ExcUncaughtRethrow {
  def main(args: Array[String]): Unit = {
    val numbers = Array("1", "2", "x3")
    var sum = 0
    for (s <- numbers) {
      try {
        sum += s.toInt
      } catch {
        case e: NumberFormatException =>
          println("sum so far " + sum)
          throw new IllegalArgumentException("bad number " + s, e)
      }
    }
    println(sum)
  }
}
