// Covers: Boolean values, !, &&, ||, ==, != on Booleans, Boolean vars and
// Boolean-returning methods, truth tables printed.
object BooleanLogic {
  def implies(a: Boolean, b: Boolean): Boolean = !a || b
  def xor(a: Boolean, b: Boolean): Boolean = a != b

  def main(args: Array[String]): Unit = {
    val vals = Array(false, true)
    for (a <- vals) {
      for (b <- vals) {
        println("" + a + " " + b + " and=" + (a && b) + " or=" + (a || b) + " xor=" + xor(a, b) + " implies=" + implies(a, b) + " eq=" + (a == b))
      }
    }
    var flag = false
    flag = !flag
    println(flag)
    flag = flag && 3 > 2
    println(flag)
    flag = flag == false
    println(flag)
    val t = true
    println(!t == false)
    println(!(!t))
    var count = 0
    var on = false
    for (i <- 0 until 7) {
      on = !on
      if (on) count += 1
    }
    println(count)
    println(1 < 2 == 2 < 3)
    println((5 > 3) != (2 > 1))
  }
}
