// Throwables as values: one class stands for every JVM exception class, which it names; the JVM's class hierarchy
// is a table here, so a `catch` tests a thrown value by walking its class's ancestors.
class Throwable(val className: String, message: String, cause: Throwable) {
  def getMessage(): String = message
  def getLocalizedMessage(): String = message
  def getCause(): Throwable = cause
  override def toString(): String = if (message == null) className else className + ": " + message
}

object Throwables {
  // `new E(cause)`: the JVM takes the cause's toString as the message.
  def fromCause(className: String, cause: Throwable): Throwable =
    new Throwable(className, if (cause == null) null else cause.toString, cause)

  // An exception line of the runtime's hand-written helpers ("java.lang.X: message") as a throwable.
  def fromLine(line: String): Throwable = {
    var colon = 0
    while (colon + 1 < line.length &&
      !(Strings.unsafeCharAt(line, colon) == ':' && Strings.unsafeCharAt(line, colon + 1) == ' ')) colon += 1
    if (colon + 1 >= line.length) new Throwable(line, null, null)
    else new Throwable(line.substring(0, colon), line.substring(colon + 2), null)
  }

  def isInstance(t: Throwable, className: String): Boolean = {
    var c = t.className
    while (c != null) {
      if (c == className) return true
      c = superclass(c)
    }
    false
  }

  // The JVM's superclass of each throwable class a program can name or the runtime raises.
  def superclass(className: String): String = className match {
    case "java.lang.Throwable" => null
    case "java.lang.Exception" | "java.lang.Error" => "java.lang.Throwable"
    case "java.lang.RuntimeException" => "java.lang.Exception"
    case "java.lang.NumberFormatException" => "java.lang.IllegalArgumentException"
    case "java.lang.ArrayIndexOutOfBoundsException" | "java.lang.StringIndexOutOfBoundsException" =>
      "java.lang.IndexOutOfBoundsException"
    case "java.lang.AssertionError" | "scala.NotImplementedError" | "java.lang.VirtualMachineError" |
         "java.lang.LinkageError" => "java.lang.Error"
    case "java.lang.ExceptionInInitializerError" => "java.lang.LinkageError"
    case "java.lang.StackOverflowError" | "java.lang.OutOfMemoryError" => "java.lang.VirtualMachineError"
    case _ => "java.lang.RuntimeException"
  }
}
