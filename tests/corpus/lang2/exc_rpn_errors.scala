// Source: Rosetta Code, task "Parsing/RPN calculator algorithm"
// (https://rosettacode.org/wiki/Parsing/RPN_calculator_algorithm): evaluate a reverse Polish expression with a
// stack. Written for this corpus from the task statement, extended with the errors a calculator meets, as an
// exception hierarchy of its own (a sealed parent, a case class per error, messages built by getMessage).
abstract class CalcError(message: String) extends RuntimeException(message)
case class StackUnderflow(token: String, position: Int)
  extends CalcError("not enough operands for " + token + " at " + position)
case class UnknownToken(token: String) extends CalcError("unknown token " + token)
class LeftoverOperands(count: Int) extends CalcError("") {
  override def getMessage: String = count + " values left on the stack"
}

class Calculator {
  private val stack = new Array[Double](32)
  private var depth = 0

  private def push(x: Double): Unit = { stack(depth) = x; depth += 1 }
  private def pop(token: String, position: Int): Double = {
    if (depth == 0) throw StackUnderflow(token, position)
    depth -= 1
    stack(depth)
  }

  def evaluate(expression: String): Double = {
    depth = 0
    val tokens = expression.split(" ")
    var i = 0
    while (i < tokens.length) {
      val t = tokens(i)
      if (t == "+" || t == "-" || t == "*" || t == "/" || t == "^") {
        val b = pop(t, i)
        val a = pop(t, i)
        push(if (t == "+") a + b else if (t == "-") a - b else if (t == "*") a * b else if (t == "/") a / b
             else math.pow(a, b))
      } else {
        try push(t.toDouble)
        catch { case e: NumberFormatException => throw UnknownToken(t) }
      }
      i += 1
    }
    if (depth != 1) throw new LeftoverOperands(depth)
    stack(0)
  }
}

object RpnErrors {
  def main(args: Array[String]): Unit = {
    val calc = new Calculator
    val inputs = Array("3 4 2 * 1 5 - 2 3 ^ ^ / +", "1 +", "2 3 x *", "1 2 3 +", "5 1 2 + 4 * + 3 -")
    for (input <- inputs) {
      try {
        println(input + " = " + calc.evaluate(input))
      } catch {
        case StackUnderflow(token, position) => println(input + ": underflow on " + token + " (token " + position + ")")
        case e: UnknownToken => println(input + ": " + e.getMessage + ", token was " + e.token)
        case e: CalcError => println(input + ": " + e)
      }
    }
    println(StackUnderflow("+", 1) == StackUnderflow("+", 1))
    println(UnknownToken("q"))
  }
}
