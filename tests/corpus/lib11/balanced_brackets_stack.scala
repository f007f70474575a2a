// Source: Rosetta Code, "Balanced brackets" (https://rosettacode.org/wiki/Balanced_brackets), extended to three
// bracket kinds with a mutable.Stack and a Map from closing to opening bracket; strings from a fixed generator.
import scala.collection.mutable

object BalancedBrackets {
  val pairs = Map(')' -> '(', ']' -> '[', '}' -> '{')

  def balanced(s: String): Boolean = {
    val stack = mutable.Stack[Char]()
    for (c <- s) {
      if (c == '(' || c == '[' || c == '{') stack.push(c)
      else if (pairs.contains(c)) {
        if (stack.isEmpty || stack.pop() != pairs(c)) return false
      }
    }
    stack.isEmpty
  }

  def main(args: Array[String]): Unit = {
    val samples = Array("", "[]", "][", "[][]", "][][", "[[][]]", "[]][[]", "([{}])", "([)]", "{[()()]}", "((")
    for (s <- samples) println("%-10s %s".format("\"" + s + "\"", if (balanced(s)) "OK" else "NOT OK"))
    var seed = 42
    val brackets = "()[]{}"
    var ok = 0
    for (n <- 1 to 200) {
      val sb = new StringBuilder
      for (i <- 0 until (n % 8) * 2) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        sb.append(brackets.charAt(seed % 6))
      }
      if (balanced(sb.toString)) ok += 1
    }
    println(ok + " of 200 random strings are balanced")
    val st = mutable.Stack[Int]()
    for (i <- 1 to 5) st.push(i * i)
    println(st + " top=" + st.top + " size=" + st.size)
  }
}
