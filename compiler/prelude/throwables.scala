// The JVM's throwable classes as classes of the prelude, with the JVM's parents, so that a program's own exception
// classes extend them and a `catch` tests a thrown value's class as any type test does. Each has one constructor,
// (message, cause): the typer maps the JVM's forms (`()`, `(message)`, `(message, cause)`, `(cause)`) onto it
// (semantics/exceptions.py), and each is named by its JVM class (`java.lang.RuntimeException`) at run time.
class Throwable(message: String, cause: Throwable) {
  def getMessage(): String = message
  def getLocalizedMessage(): String = getMessage()
  def getCause(): Throwable = cause
  // As the JVM's: the class's name, then ": " and the (localized) message unless it is null.
  override def toString(): String = {
    val text = getLocalizedMessage()
    val name = Objects.className(this)
    if (text == null) name else name + ": " + text
  }
  // The JVM prints this line, the stack frames (`\tat ...`), then `Caused by: ` and each cause's line with its
  // frames; here the lines without the frames (which would name the JVM's methods), on standard error.
  def printStackTrace(): Unit = {
    Runtime.print(toString(), 2, true)
    var c = getCause()
    while (c != null) {
      Runtime.print("Caused by: " + c.toString(), 2, true)
      c = c.getCause()
    }
  }
}

class Exception(message: String, cause: Throwable) extends Throwable(message, cause)
class Error(message: String, cause: Throwable) extends Throwable(message, cause)
class RuntimeException(message: String, cause: Throwable) extends Exception(message, cause)

class IllegalArgumentException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class NumberFormatException(message: String, cause: Throwable) extends IllegalArgumentException(message, cause)
// java.util.Formatter's, for a format made at run time (FormatLib.formatRuntime)
class IllegalFormatException(message: String, cause: Throwable) extends IllegalArgumentException(message, cause)
class IllegalFormatConversionException(message: String, cause: Throwable)
  extends IllegalFormatException(message, cause)
class MissingFormatArgumentException(message: String, cause: Throwable) extends IllegalFormatException(message, cause)
class UnknownFormatConversionException(message: String, cause: Throwable)
  extends IllegalFormatException(message, cause)
class IllegalStateException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class ArithmeticException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class UnsupportedOperationException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class IndexOutOfBoundsException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class ArrayIndexOutOfBoundsException(message: String, cause: Throwable)
  extends IndexOutOfBoundsException(message, cause)
class StringIndexOutOfBoundsException(message: String, cause: Throwable)
  extends IndexOutOfBoundsException(message, cause)
class NegativeArraySizeException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class NullPointerException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class ClassCastException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class NoSuchElementException(message: String, cause: Throwable) extends RuntimeException(message, cause)
class MatchError(message: String, cause: Throwable) extends RuntimeException(message, cause)
class IOException(message: String, cause: Throwable) extends Exception(message, cause)

class AssertionError(message: String, cause: Throwable) extends Error(message, cause)
class NotImplementedError(message: String, cause: Throwable) extends Error(message, cause)
abstract class VirtualMachineError(message: String, cause: Throwable) extends Error(message, cause)
class StackOverflowError(message: String, cause: Throwable) extends VirtualMachineError(message, cause)
class OutOfMemoryError(message: String, cause: Throwable) extends VirtualMachineError(message, cause)
class LinkageError(message: String, cause: Throwable) extends Error(message, cause)
class ExceptionInInitializerError(message: String, cause: Throwable) extends LinkageError(message, cause)

object Throwables {
  // `new E(cause)`: the JVM takes the cause's toString as the message.
  def messageOf(cause: Throwable): String = if (cause == null) null else cause.toString

  // An exception line of the runtime's hand-written helpers ("java.lang.X: message") as a throwable of class X.
  def fromLine(line: String): Throwable = {
    var colon = 0
    while (colon + 1 < line.length &&
      !(Strings.unsafeCharAt(line, colon) == ':' && Strings.unsafeCharAt(line, colon + 1) == ' ')) colon += 1
    if (colon + 1 >= line.length) named(line, null)
    else named(line.substring(0, colon), line.substring(colon + 2))
  }

  // The throwable of the class a line of the runtime names (Runtime.fail: the hand-written helpers' failures and
  // the prelude's own checks).
  def named(className: String, message: String): Throwable = className match {
    case "java.lang.IllegalStateException" => new IllegalStateException(message)
    case "java.lang.IllegalArgumentException" => new IllegalArgumentException(message)
    case "java.lang.NumberFormatException" => new NumberFormatException(message)
    case "java.lang.ArithmeticException" => new ArithmeticException(message)
    case "java.lang.IndexOutOfBoundsException" => new IndexOutOfBoundsException(message)
    case "java.lang.ArrayIndexOutOfBoundsException" => new ArrayIndexOutOfBoundsException(message)
    case "java.lang.StringIndexOutOfBoundsException" => new StringIndexOutOfBoundsException(message)
    case "java.lang.NegativeArraySizeException" => new NegativeArraySizeException(message)
    case "java.lang.NullPointerException" => new NullPointerException(message)
    case "java.lang.ClassCastException" => new ClassCastException(message)
    case "java.lang.UnsupportedOperationException" => new UnsupportedOperationException(message)
    case "java.util.NoSuchElementException" => new NoSuchElementException(message)
    case "java.util.IllegalFormatConversionException" => new IllegalFormatConversionException(message)
    case "java.util.MissingFormatArgumentException" => new MissingFormatArgumentException(message)
    case "java.util.UnknownFormatConversionException" => new UnknownFormatConversionException(message)
    case "scala.MatchError" => new MatchError(message)
    case "java.lang.OutOfMemoryError" => new OutOfMemoryError(message)
    case "java.lang.StackOverflowError" => new StackOverflowError(message)
    case "java.lang.AssertionError" => new AssertionError(message)
    case "scala.NotImplementedError" => new NotImplementedError(message)
    case "java.lang.Exception" => new Exception(message)
    case "java.lang.Error" => new Error(message)
    case _ => new RuntimeException(message)
  }
}

// scala.runtime.NonLocalReturnControl: what a `return` inside a lambda throws, as scalac compiles it (the method
// makes a fresh key per call and catches the one carrying it; semantics/returns.py). A ControlThrowable on the JVM:
// a Throwable but not an Exception, so `catch { case e: Exception => }` lets it pass. Specialized by the method's
// result type as scalac 2.11 specializes it, which only its JVM name shows.
class NonLocalReturnControl(val key: AnyRef, val value: Any) extends Throwable(null, null)
class NonLocalReturnControl$mcI$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcJ$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcD$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcF$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcZ$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcC$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcB$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcS$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
class NonLocalReturnControl$mcV$sp(key: AnyRef, value: Any) extends NonLocalReturnControl(key, value)
// The key a method's non-local returns carry: a fresh object per call (scalac's `new Object`).
final class NonLocalReturnKey

// scala.util.control.Breaks: `breakable { ... break ... }` as the library does it, by a throwable that is no
// Exception (so a `catch { case e: Exception => }` between them lets it through, as on the JVM).
class BreakControl(message: String, cause: Throwable) extends Throwable(message, cause)

object Breaks {
  val breakException = new BreakControl(null, null)
  def breakable(op: => Unit): Unit = {
    try { op } catch { case b: BreakControl => if (b ne breakException) throw b }
  }
  def break(): Nothing = throw breakException
}
