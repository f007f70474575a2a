// Covers: runtime failure: charAt past the end of a string (StringIndexOutOfBoundsException). Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object CharAtOutOfRange {
  def main(args: Array[String]): Unit = {
    val s = "abc"
    println(s.charAt(2))
    println(s.charAt(3))
  }
}
