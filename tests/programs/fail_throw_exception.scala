// Covers: runtime failure: plain java.lang.Exception and ArithmeticException with message text. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object ThrowException {
  def check(n: Int): Int = {
    if (n < 0) throw new Exception("negative input: " + n)
    n * n
  }

  def main(args: Array[String]): Unit = {
    println("value: " + check(5))
    println("value: " + check(-1))
    println("not reached")
  }
}
