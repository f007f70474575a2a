// Source: after Rosetta Code "Balanced brackets" and "Evaluate RPN": scala.collection.mutable.Stack and Queue.
import scala.collection.mutable

object StackQueue {
  def balanced(s: String): Boolean = {
    val stack = mutable.Stack[Char]()
    val pairs = Map(')' -> '(', ']' -> '[', '}' -> '{')
    for (c <- s) {
      if ("([{".contains(c)) stack.push(c)
      else if (pairs.contains(c)) {
        if (stack.isEmpty || stack.pop() != pairs(c)) return false
      }
    }
    stack.isEmpty
  }

  def rpn(expr: String): Double = {
    val stack = mutable.Stack[Double]()
    for (tok <- expr.split(" ")) tok match {
      case "+" => val b = stack.pop(); val a = stack.pop(); stack.push(a + b)
      case "-" => val b = stack.pop(); val a = stack.pop(); stack.push(a - b)
      case "*" => val b = stack.pop(); val a = stack.pop(); stack.push(a * b)
      case "/" => val b = stack.pop(); val a = stack.pop(); stack.push(a / b)
      case "^" => val b = stack.pop(); val a = stack.pop(); stack.push(math.pow(a, b))
      case n => stack.push(n.toDouble)
    }
    stack.pop()
  }

  def main(args: Array[String]): Unit = {
    for (s <- List("", "[]", "][", "[{()}]", "([)]", "((())", "{[]}()")) println("\"" + s + "\" " + balanced(s))
    println(rpn("3 4 2 * 1 5 - 2 3 ^ ^ / +"))
    val q = mutable.Queue[Int]()
    for (i <- 1 to 5) q.enqueue(i * i)
    println(q.dequeue() + " " + q.front + " " + q + " " + q.size)
    val s = mutable.Stack[Int]()
    s.push(1); s.push(2); s.push(3)
    println(s + " " + s.top + " " + s.toList)
  }
}
