// Source: written for this test after the Rosetta Code task "Parsing/RPN calculator algorithm"
// (https://rosettacode.org/wiki/Parsing/RPN_calculator_algorithm): tokens become case-class records (kind and
// text), the evaluator matches on them with constructor patterns, literals, guards and binders, and prints the
// stack after each token as the task asks.
object RpnCalculator {
  case class Token(kind: Char, text: String)
  case class Step(token: Token, stack: String)

  def tokenize(expr: String): Array[Token] =
    expr.split(" ").map(t => if ("+-*/^".contains(t)) Token('o', t) else Token('n', t))

  def main(args: Array[String]): Unit = {
    val expr = "3 4 2 * 1 5 - 2 3 ^ ^ / +"
    val stack = new Array[Double](16)
    var top = 0
    var steps = 0
    for (tok <- tokenize(expr)) {
      tok match {
        case Token('n', digits) =>
          stack(top) = digits.toInt.toDouble
          top += 1
        case t @ Token('o', op) if top >= 2 =>
          val b = stack(top - 1)
          val a = stack(top - 2)
          top -= 2
          stack(top) = op match {
            case "+" => a + b
            case "-" => a - b
            case "*" => a * b
            case "/" => a / b
            case "^" => math.pow(a, b)
          }
          top += 1
        case other => println("bad token " + other)
      }
      steps += 1
      val shown = new StringBuilder
      for (i <- 0 until top) shown.append(stack(i)).append(' ')
      println(Step(tok, shown.toString.trim))
    }
    println("result " + stack(0) + " after " + steps + " steps")
  }
}
