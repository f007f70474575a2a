// Covers: a program's own exception classes: extending Exception / RuntimeException / IllegalStateException with
// and without constructor arguments, a case class exception (its toString is the exception's, its equality the
// case class's), overriding getMessage and toString, catching by the class and by a parent, a constructor pattern
// in a catch, causes, and a binder of a narrower class than the thrown one's static type.
class ParseError(msg: String) extends Exception(msg)
case class MyErr(code: Int) extends RuntimeException("code " + code)
class Plain extends Exception
class WithCause(msg: String, cause: Throwable) extends RuntimeException(msg, cause)
class Custom(m: String) extends RuntimeException(m) {
  override def getMessage: String = "custom: " + super.getMessage
}
class Shown extends IllegalStateException("s") {
  override def toString: String = "Shown!"
}
class Positioned(message: String, val line: Int, val column: Int)
  extends RuntimeException(message + " at " + line + ":" + column) {
  def where: String = line + "/" + column
}

object ExcUserClasses {
  def parse(s: String): Int = {
    if (s.isEmpty) throw new ParseError("empty input")
    if (s == "?") throw MyErr(7)
    if (s == "!") throw new Positioned("bang", 3, 14)
    s.toInt
  }

  def attempt(s: String): String =
    try "ok " + parse(s)
    catch {
      case e: ParseError => "parse error: " + e.getMessage
      case MyErr(code) if code > 5 => "big code " + code
      case p: Positioned => "positioned " + p.where + " " + p.getMessage
      case e: IllegalArgumentException => "illegal: " + e
    }

  def main(args: Array[String]): Unit = {
    for (s <- Array("12", "", "?", "!", "x1")) println(attempt(s))
    try throw new ParseError("bad") catch { case e: Exception => println(e.getMessage + " | " + e) }
    try throw MyErr(3) catch { case e: RuntimeException => println(e + " | " + e.getMessage) }
    println(MyErr(4) == MyErr(4))
    println(MyErr(4) == MyErr(5))
    println(MyErr(4).hashCode == MyErr(4).hashCode)
    println(new Plain)
    println(new Plain().getMessage)
    println(new Custom("m"))
    println(new Custom("m").getMessage)
    println(new Shown)
    println(new Shown().getMessage)
    val inner = new ParseError("inner")
    val outer = new WithCause("outer", inner)
    println(outer + " caused by " + outer.getCause)
    println(outer.getCause.getMessage)
    val wrapped = new RuntimeException(inner)
    println(wrapped.getMessage)
    println(new Exception(null: Throwable))
    println(new Exception("m", null).getCause)
    val t: Throwable = new Positioned("p", 1, 2)
    if (t.isInstanceOf[Positioned]) println("matched " + t.asInstanceOf[Positioned].line)
    println(t.isInstanceOf[RuntimeException] + " " + t.isInstanceOf[Exception] + " " + t.isInstanceOf[Error])
    try {
      try throw new Shown
      catch { case e: ParseError => println("not here") }
    } catch {
      case e: IllegalStateException => println("outer caught " + e + " " + e.getMessage)
    }
  }
}
