// Covers: runtime failure: Int remainder by zero. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object IntRemZero {
  def main(args: Array[String]): Unit = {
    val d = args.length
    println("computing")
    println(7 % d)
  }
}
