// Covers: runtime failure: new Array with a negative size. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object NegativeArraySize {
  def main(args: Array[String]): Unit = {
    val n = args.length - 1
    println("size " + n)
    val a = new Array[Int](n)
    println(a.length)
  }
}
