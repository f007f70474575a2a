// Covers: the JVM's exception classes with their parents: the runtime's own failures caught by a parent class
// (ArithmeticException as RuntimeException, ArrayIndexOutOfBoundsException as IndexOutOfBoundsException,
// NumberFormatException as IllegalArgumentException, Errors as Error and Throwable), names written with their
// packages, exceptions as values of their parents' types, and each class's toString.
object ExcJvmHierarchy {
  def describe(f: () => Unit): String =
    try { f(); "nothing" }
    catch {
      case e: IndexOutOfBoundsException => "index: " + e
      case e: IllegalArgumentException => "argument: " + e
      case e: RuntimeException => "runtime: " + e
      case e: Error => "error: " + e
      case e: Exception => "exception: " + e
    }

  def main(args: Array[String]): Unit = {
    val a = new Array[Int](2)
    val zero = args.length
    println(describe(() => println(1 / zero)))
    println(describe(() => println(a(5))))
    println(describe(() => println("abc".charAt(9))))
    println(describe(() => println("12x".toInt)))
    println(describe(() => require(zero > 0, "positive")))
    println(describe(() => assert(zero > 0)))
    println(describe(() => ???))
    println(describe(() => println((1: Any).asInstanceOf[String])))
    println(describe(() => throw new java.util.NoSuchElementException("none")))
    println(describe(() => throw new UnsupportedOperationException("nope")))
    println(describe(() => throw new java.io.IOException("disk")))
    println(describe(() => throw new Exception()))
    println(describe(() => throw new StackOverflowError()))
    println(describe(() => zero match { case 1 => println("one") }))
    try { val s: String = null; println(s.length) }
    catch { case e: java.lang.NullPointerException => println("npe caught") }
    val errors: Array[Throwable] = Array(new ArithmeticException("a"), new IllegalStateException("b"),
      new NumberFormatException("c"), new ArrayIndexOutOfBoundsException("d"), new OutOfMemoryError("e"),
      new AssertionError("f"), new NotImplementedError(), new ClassCastException("h"))
    for (e <- errors) {
      val kind = if (e.isInstanceOf[Error]) "Error" else if (e.isInstanceOf[RuntimeException]) "RuntimeException"
        else "other"
      println(e + " is an " + kind + ", getMessage " + e.getMessage)
    }
    val r: RuntimeException = new IllegalArgumentException("as parent")
    println(r.getMessage + " " + r.isInstanceOf[IllegalArgumentException] + " " + r.isInstanceOf[IllegalStateException])
  }
}
