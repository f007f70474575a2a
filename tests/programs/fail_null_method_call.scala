// Covers: runtime failure: calling a method on a null String (NullPointerException). Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
object NullMethodCall {
  def main(args: Array[String]): Unit = {
    val s: String = if (args.length > 0) "set" else null
    println("s = " + s)
    println(s.length)
  }
}
