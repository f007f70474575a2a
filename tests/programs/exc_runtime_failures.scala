// Covers: the runtime's own failures are throwables of the JVM's classes that a program can catch: division by
// zero, array and string indices, substring ranges, number parsing, negative array sizes, require and assert,
// MatchError, ???, empty-array max and head.
object ExcRuntimeFailures {
  def report(what: String, e: Throwable): Unit = println(what + ": " + e)

  def main(args: Array[String]): Unit = {
    val zero = args.length
    val arr = new Array[Int](3)
    val empty = new Array[Int](0)
    val text = "hello"
    try println(10 / zero) catch { case e: ArithmeticException => report("int division", e) }
    try println(10L % zero) catch { case e: ArithmeticException => report("long remainder", e) }
    try println(arr(zero + 3)) catch { case e: ArrayIndexOutOfBoundsException => report("array read", e) }
    try arr(zero - 1) = 4 catch { case e: IndexOutOfBoundsException => report("array write", e) }
    try println(text.charAt(zero + 7)) catch { case e: StringIndexOutOfBoundsException => report("charAt", e) }
    try println(text.substring(3, 2)) catch { case e: IndexOutOfBoundsException => report("substring", e) }
    try println("4x2".toInt) catch { case e: NumberFormatException => report("toInt", e) }
    try println(new Array[Int](zero - 2).length) catch { case e: NegativeArraySizeException => report("new array", e) }
    try require(zero > 0, "need an argument") catch { case e: IllegalArgumentException => report("require", e) }
    try assert(zero > 0) catch { case e: AssertionError => report("assert", e) }
    try println(zero match { case 1 => "one" }) catch { case e: MatchError => report("match", e) }
    try println(???) catch { case e: NotImplementedError => report("???", e) }
    try println(empty.max) catch { case e: UnsupportedOperationException => report("max", e) }
    try println(empty.head) catch { case e: NoSuchElementException => report("head", e) }
    try println(10 / zero) catch { case e: RuntimeException => report("as a RuntimeException", e) }
    try println(arr(7)) catch { case e: Exception => report("as an Exception", e) }
    try assert(false, "as a Throwable") catch { case e: Throwable => report("assert", e) }
    try assert(false, "an Error") catch {
      case e: Exception => report("not an Exception", e)
      case e: Error => report("an Error", e)
    }
    println("done")
  }
}
