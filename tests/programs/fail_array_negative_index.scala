// Covers: runtime failure: negative array index on store. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object ArrayNegativeIndex {
  def main(args: Array[String]): Unit = {
    val a = new Array[Int](3)
    a(0) = 1
    println("stored")
    val k = a(0) - 2
    a(k) = 9
    println("not reached")
  }
}
