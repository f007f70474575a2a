// Covers: runtime failure: substring with an end index past the length (StringIndexOutOfBoundsException). Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object SubstringOutOfRange {
  def main(args: Array[String]): Unit = {
    val s = "hello"
    println(s.substring(1, 5))
    println(s.substring(2, 6))
  }
}
