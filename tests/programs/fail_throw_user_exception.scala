// Covers: an uncaught exception of the program's own class: the JVM's first line names the class without a
// package, then the message; status 1.
class ParseError(msg: String) extends Exception(msg)

object FailThrowUserException {
  def main(args: Array[String]): Unit = {
    println("before")
    throw new ParseError("unexpected end of input")
  }
}
