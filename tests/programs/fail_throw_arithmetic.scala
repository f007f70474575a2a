// Covers: runtime failure: user-thrown ArithmeticException with a custom message. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object ThrowArithmetic {
  def main(args: Array[String]): Unit = {
    val x = 3
    println(x * 2)
    if (x % 2 == 1) throw new ArithmeticException("odd value " + x)
    println("not reached")
  }
}
