// Covers: the forms a catch case may take: a binder over alternatives of type tests, alternatives without a
// binder, a guard that sends some exceptions of a type on to the next case, a plain name and `_` (both catch
// every Throwable).
object ExcCatchForms {
  def fail(k: Int): Int = k match {
    case 0 => throw new IllegalArgumentException("bad argument")
    case 1 => throw new IllegalStateException("bad state")
    case 2 => throw new ArithmeticException("overflow")
    case 3 => throw new ArithmeticException("underflow")
    case 4 => throw new UnsupportedOperationException("nope")
    case 5 => throw new AssertionError("never")
    case _ => k
  }

  def describe(k: Int): String =
    try "value " + fail(k) catch {
      case e @ (_: IllegalArgumentException | _: IllegalStateException) => "illegal: " + e.getMessage
      case e: ArithmeticException if e.getMessage == "overflow" => "too big"
      case _: ArithmeticException | _: UnsupportedOperationException => "other arithmetic or unsupported"
      case e: Exception => "exception " + e
      case other => "anything else: " + other
    }

  def main(args: Array[String]): Unit = {
    for (k <- 0 to 6) println(describe(k))
    val quiet = try fail(5) catch { case _ => -1 }
    println(quiet)
  }
}
