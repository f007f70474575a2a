// Source: Rosetta Code, "Detect division by zero", Scala solution (acmeism/RosettaCodeData,
// Task/Detect-division-by-zero/Scala/detect-division-by-zero.scala). Adapted: `extends Application` became a
// main method; the second variant, `Try(y / x).isFailure`, is written with try/catch (no scala.util.Try here);
// a few more divisions are checked.
object DivideByZero {

  def check(x: Int, y: Int): Boolean = {
    try {
      val result = x / y
      println(result)
      return false
    } catch {
      case x: ArithmeticException => {
        return true
      }
    }
  }

  def check1(x: Int, y: Int): Boolean = {
    try {
      val quotient = y / x
      false
    } catch {
      case _: ArithmeticException => true
    }
  }

  def main(args: Array[String]): Unit = {
    println("divided by zero = " + check(1, 0))
    println("divided by zero = " + check1(0, 1))
    println("divided by zero = " + check(7, 2))
    println("divided by zero = " + check1(2, 7))
    println("divided by zero = " + check(Int.MinValue, -1))
  }
}
