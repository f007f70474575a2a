// Covers: runtime failure: Int division by zero after some output. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object IntDivZero {
  def main(args: Array[String]): Unit = {
    val zero = args.length
    println("before")
    println(10 / zero)
  }
}
