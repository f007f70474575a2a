// Source: Rosetta Code "Balanced brackets" (Scala), generalised to (), [] and {} with an immutable List as the
// stack (push with ::, pop with a pattern), over fixed strings instead of random ones.
object BalancedBrackets {
  val pairs = List(('(', ')'), ('[', ']'), ('{', '}'))

  def balanced(s: String): Boolean = {
    def check(rest: List[Char], stack: List[Char]): Boolean = rest match {
      case Nil => stack.isEmpty
      case c :: tail if pairs.exists(_._1 == c) => check(tail, c :: stack)
      case c :: tail if pairs.exists(_._2 == c) => stack match {
        case open :: below if pairs.contains((open, c)) => check(tail, below)
        case _ => false
      }
      case _ :: tail => check(tail, stack)
    }
    check(s.toList, Nil)
  }

  def main(args: Array[String]): Unit = {
    val tests = List("", "[]", "][", "[][]", "][][", "[[][]]", "[]][[]", "({[]})", "({[})]", "(a + b) * [c]", "{")
    for (t <- tests) println("\"" + t + "\" " + (if (balanced(t)) "OK" else "NOT OK"))
    println(tests.count(balanced) + " of " + tests.length + " balanced")
  }
}
