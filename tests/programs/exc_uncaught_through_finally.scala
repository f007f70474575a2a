// Covers: an exception no case catches runs the finally blocks on its way out, then ends the program with the
// JVM's first line and status 1.
object ExcUncaughtThroughFinally {
  def work(n: Int): Int = {
    try {
      if (n > 2) throw new IllegalStateException("n too large: " + n)
      n
    } finally {
      println("finally in work(" + n + ")")
    }
  }

  def main(args: Array[String]): Unit = {
    try {
      println(work(1))
      println(work(3))
    } catch {
      case e: ArithmeticException => println("not this one")
    } finally {
      println("outer finally")
    }
    println("not reached")
  }
}
