// printStackTrace writes the throwable's toString to standard error, then "Caused by: " and each cause's; the JVM
// also prints the stack frames ("\tat ..." lines), which this expected output leaves out (see README.md), as it does
// for an uncaught exception. A class's own toString is the one printed.
class AppError(msg: String, cause: Throwable) extends Exception(msg, cause) {
  override def toString: String = "AppError<" + getMessage + ">"
}

object Main {
  def parse(s: String): Int =
    try s.toInt catch { case e: NumberFormatException => throw new IllegalStateException("bad input", e) }

  def main(args: Array[String]): Unit = {
    try parse("x1") catch { case e: Exception => e.printStackTrace() }
    println("after the first")
    try throw new AppError("disk", new RuntimeException("full")) catch { case e: AppError => e.printStackTrace() }
    new Error().printStackTrace()
    println("done")
  }
}
