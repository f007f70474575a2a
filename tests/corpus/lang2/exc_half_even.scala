// Source: "Programming in Scala" (Odersky, Spoon, Venners), chapter 7, "Exception handling with try
// expressions": `half` throws when its argument is odd, and a try expression yields a value. Written for this
// corpus from the chapter's description; the exception class of the program's own and the retry loop are this
// corpus's.
class OddNumberException(val n: Int) extends RuntimeException("n must be even, was " + n)

object HalfEven {
  def half(n: Int): Int =
    if (n % 2 == 0) n / 2
    else throw new OddNumberException(n)

  def halfOrZero(n: Int): Int =
    try half(n)
    catch { case e: OddNumberException => 0 }

  def halveUntilOdd(start: Int): Int = {
    var n = start
    var steps = 0
    try {
      while (true) {
        n = half(n)
        steps += 1
      }
      -1
    } catch {
      case e: OddNumberException => println(start + ": stopped at " + e.n + " after " + steps + " steps"); steps
    } finally {
      println(start + ": finally runs")
    }
  }

  def main(args: Array[String]): Unit = {
    println(half(10) + " " + halfOrZero(7) + " " + halfOrZero(8))
    val total = halveUntilOdd(96) + halveUntilOdd(1024) + halveUntilOdd(7)
    println("total steps " + total)
    val results = for (i <- 1 to 6) yield try half(i).toString catch { case e: RuntimeException => e.getMessage }
    for (r <- results) println(r)
  }
}
