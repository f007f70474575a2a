// Covers: exceptions thrown several frames down and caught above; catch cases tried in order by type (the JVM's
// class hierarchy); a try whose cases do not match lets the exception on to the next handler; getMessage,
// toString (with and without a message), getCause; a caught exception rethrown.
object ExcAcrossFrames {
  def depth(n: Int): Int = {
    if (n == 0) throw new IllegalArgumentException("bottom reached")
    depth(n - 1) + 1
  }

  def parse(s: String): Int = s.toInt

  def classify(k: Int): String = {
    try {
      k match {
        case 0 => throw new ArithmeticException("zero")
        case 1 => throw new NumberFormatException("one")
        case 2 => throw new IllegalStateException()
        case 3 => throw new ArrayIndexOutOfBoundsException("three")
        case 4 => throw new UnsupportedOperationException("four")
        case 5 => throw new AssertionError("five")
        case 6 => throw new Exception("six")
        case _ => "no exception " + k
      }
    } catch {
      case e: NumberFormatException => "NFE " + e.getMessage
      case e: IllegalArgumentException => "IAE " + e.getMessage
      case e: IndexOutOfBoundsException => "IOOBE " + e
      case e: ArithmeticException => "AE " + e.getMessage
      case e: RuntimeException => "RTE " + e
      case e: Exception => "E " + e.getMessage
      case e: Throwable => "T " + e
    }
  }

  def inner(k: Int): String = {
    try {
      if (k > 0) throw new IllegalStateException("state " + k)
      throw new ArithmeticException("arith " + k)
    } catch {
      case e: ArithmeticException => "inner caught " + e.getMessage
    }
  }

  def outer(k: Int): String = {
    try inner(k) catch {
      case e: IllegalStateException => "outer caught " + e.getMessage
    }
  }

  def rethrow(): Unit = {
    try {
      parse("12x")
    } catch {
      case e: NumberFormatException =>
        println("logging " + e.getMessage)
        throw e
    }
  }

  def main(args: Array[String]): Unit = {
    try {
      println(depth(50))
    } catch {
      case e: IllegalArgumentException => println("caught at the top: " + e.getMessage)
    }
    for (k <- 0 to 7) println(classify(k))
    println(outer(0))
    println(outer(3))
    try rethrow() catch {
      case e: RuntimeException => println("rethrown: " + e)
    }
    val cause = new IllegalStateException("root")
    val wrapped = new RuntimeException("wrapper", cause)
    println(wrapped.getCause.getMessage)
    val fromCause = new RuntimeException(cause)
    println(fromCause.getMessage)
    println(fromCause)
    println(new Exception().getMessage)
    println(new Exception())
    println(new RuntimeException("x").getCause)
    try throw wrapped catch {
      case e: Exception => println("cause of caught: " + e.getCause)
    }
    var count = 0
    for (i <- 1 to 10) {
      try {
        if (i % 3 == 0) throw new RuntimeException("multiple of three: " + i)
        count += i
      } catch {
        case e: RuntimeException => println(e.getMessage)
      }
    }
    println(count)
  }
}
