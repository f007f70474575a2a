// Covers: runtime failure: array index past the end (JDK 17 message). Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object ArrayIndexOob {
  def main(args: Array[String]): Unit = {
    val a = Array(1, 2, 3)
    var i = 0
    while (i < a.length) {
      println(a(i))
      i += 1
    }
    i = 5
    println(a(i))
  }
}
