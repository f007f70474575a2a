// Covers: runtime failure: IllegalArgumentException with a computed message. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object ThrowIllegalArgument {
  def main(args: Array[String]): Unit = {
    val n = 42
    println("checking " + n)
    if (n > 10) throw new IllegalArgumentException("bad " + n)
    println("not reached")
  }
}
