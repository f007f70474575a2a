// The closing brace of `object Main` is missing: the error is at the end of the file (no final newline here).
object Main {
  def main(args: Array[String]): Unit = {
    val n: Int = "not a number" // expect: error type-mismatch
    if (n > 0) {
      println(n)
    }
  } // expect: error syntax-error