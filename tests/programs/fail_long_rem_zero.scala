// Covers: runtime failure: Long remainder by zero. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object LongRemZero {
  def main(args: Array[String]): Unit = {
    var d = 5L
    d -= 5
    println("d=" + d)
    println(Long.MaxValue % d)
  }
}
