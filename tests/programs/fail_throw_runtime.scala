// Covers: runtime failure: throw new RuntimeException("boom") from a nested call. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object ThrowRuntime {
  def explode(n: Int): Int = {
    if (n == 0) throw new RuntimeException("boom")
    println("depth " + n)
    explode(n - 1) + 1
  }

  def main(args: Array[String]): Unit = {
    println("start")
    explode(3)
    println("not reached")
  }
}
