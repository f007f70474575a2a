// Covers: try as an expression (its value from the body or from a catch case, widened to the common type),
// throw where any expression may stand (if branches, arguments, match cases, the right of && and ||), values
// computed with exceptions in loops.
object ExcTryExpression {
  def safeDiv(a: Int, b: Int): Int = try a / b catch { case _: ArithmeticException => Int.MaxValue }

  def parseOr(s: String, fallback: Long): Long = try s.toLong catch { case e: NumberFormatException => fallback }

  def half(n: Int): Int = if (n % 2 == 0) n / 2 else throw new IllegalArgumentException("odd: " + n)

  def check(ok: Boolean, what: String): Boolean = ok || (throw new IllegalStateException(what))

  def name(k: Int): String = k match {
    case 1 => "one"
    case 2 => "two"
    case _ => throw new NoSuchElementException("no name for " + k)
  }

  def main(args: Array[String]): Unit = {
    println(safeDiv(10, 2))
    println(safeDiv(10, 0))
    println(parseOr("123", -1L))
    println(parseOr("12a", -1L))
    val d: Double = try { 1 } catch { case _: Exception => 2.5 }
    println(d)
    val s = try { "body" } finally { println("finally runs before the value is used") }
    println(s)
    val t = try { throw new RuntimeException("x"); "never" } catch { case e: RuntimeException => e.getMessage + "!" }
    println(t)
    val r = (try half(7) catch { case e: IllegalArgumentException => -1 }) + (try half(8) catch { case e: IllegalArgumentException => -1 })
    println(r)
    println(check(true, "fine"))
    try check(false, "broken") catch { case e: IllegalStateException => println("check: " + e.getMessage) }
    for (k <- 1 to 3) {
      val n = try name(k) catch { case e: NoSuchElementException => e.getMessage }
      println(n)
    }
    var failures = 0
    var sum = 0
    var i = -3
    while (i <= 3) {
      sum += (try 12 / i catch { case _: ArithmeticException => failures += 1; 0 })
      i += 1
    }
    println(sum + " " + failures)
    val arr = Array(1, 2, 3)
    val got = for (j <- 0 until 5) yield (try arr(j) catch { case e: ArrayIndexOutOfBoundsException => -j })
    println(got.mkString(","))
    val nested = try {
      try throw new IllegalStateException("in") catch { case e: IllegalArgumentException => "wrong" }
    } catch {
      case e: IllegalStateException => "outer got " + e.getMessage
    }
    println(nested)
  }
}
