// A catch case may test for a trait: a thrown exception whose class mixes it in is caught there, its members used
// through the binding; alternatives mixing a trait and a class; an exception without the trait falls through.
trait Retryable { def attempts: Int = 3 }
trait Logged { def tag: String }
class NetError(msg: String) extends RuntimeException(msg) with Retryable with Logged { def tag = "net" }
class DiskError(msg: String) extends Exception(msg) with Logged { def tag = "disk" }

object Main {
  def attempt(e: Throwable): String =
    try throw e catch {
      case r: Retryable => "retry " + r.attempts + " " + e.getMessage
      case _: Logged | _: IllegalStateException => "logged or state: " + e.getMessage
      case other: Exception => "other " + other
    }

  def main(args: Array[String]): Unit = {
    println(attempt(new NetError("down")))
    println(attempt(new DiskError("full")))
    println(attempt(new IllegalStateException("odd")))
    println(attempt(new ArithmeticException("zero")))
    try {
      try throw new DiskError("inner") catch { case r: Retryable => println("not here") }
    } catch { case l: Logged => println("outer caught " + l.tag) }
  }
}
