// A `{` typed without its `}` yet: the error is where the indentation says the block ends (after the last line of
// the `for` body), not at the end of the file, and the definitions after it keep their own diagnostics.
object Main {
  var total = 0

  def add(n: Int): Unit = {
    for (i <- 0 until n) {
      total += i
    println(total) // expect: error syntax-error
  }

  def later(): Int = "not a number" // expect: error type-mismatch

  def main(args: Array[String]): Unit = {
    add(3)
    println(later())
  }
}
