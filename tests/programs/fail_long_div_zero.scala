// Covers: runtime failure: Long division by zero. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object LongDivZero {
  def main(args: Array[String]): Unit = {
    val d: Long = args.length
    println(1L + 2L)
    println(100L / d)
  }
}
