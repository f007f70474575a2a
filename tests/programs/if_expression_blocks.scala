// Covers: if/else as an expression (of every type), if without else (Unit),
// else-if chains, blocks as expressions whose last expression is the value,
// nested blocks with shadowing vals.
object IfExpressionBlocks {
  def sign(x: Int): Int = if (x > 0) 1 else if (x < 0) -1 else 0

  def abs(d: Double): Double = if (d < 0) -d else d

  def main(args: Array[String]): Unit = {
    println(sign(-5) + " " + sign(0) + " " + sign(9))
    println(abs(-2.5))
    val x = 15
    val kind = if (x % 15 == 0) "FizzBuzz" else if (x % 5 == 0) "Buzz" else if (x % 3 == 0) "Fizz" else "" + x
    println(kind)
    val big: Long = if (x > 10) 10000000000L else 0L
    println(big)
    val ch = if (x > 100) 'y' else 'n'
    println(ch)
    if (x > 10) println("x > 10")
    if (x > 20) println("x > 20")
    val y = {
      val a = x * 2
      val b = a + 1
      a * b
    }
    println(y)
    val z = {
      val x = 3
      x * x
    }
    println(z + " " + x)
    var counter = 0
    val w = {
      counter += 1
      counter += 1
      counter * 10
    }
    println(w + " " + counter)
    val nested = if (x > 0) {
      val t = if (x > 10) "big" else "small"
      t + "!"
    } else {
      "negative"
    }
    println(nested)
    val sumOfTwo = (if (x > 0) 1 else 2) + (if (x < 0) 10 else 20)
    println(sumOfTwo)
    for (i <- 1 to 15) {
      val s = if (i % 15 == 0) "FizzBuzz" else if (i % 3 == 0) "Fizz" else if (i % 5 == 0) "Buzz" else "" + i
      print(s)
      if (i < 15) print(",")
    }
    println()
    val bool = if (x == 15) true else false
    println(!bool)
  }
}
