class Rock
class ParseError(msg: String) extends Exception(msg)
case class Failed(code: Int) extends RuntimeException("failed " + code)

object Main {
  def main(args: Array[String]): Unit = {
    try throw new Rock catch { case e: ParseError => println(e) } // expect: error type-mismatch "Throwable"
    try println(1) catch { case e: Rock => println(e.toString) } // expect: error type-mismatch "Throwable"
    val x = new Exception("a", null, 3) // expect: error wrong-arguments "message and a cause"
    val v = new VirtualMachineError("x") // expect: error abstract-instantiation "abstract"
    try println(2) catch { case Failed(c) => println(c); case e: ParseError => println(e.getMessage) }
    val y: java.lang.IllegalStateException = new IllegalStateException()
    println(y)
  }
}
