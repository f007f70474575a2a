// Source: written for this test after "Scala by Example" (Odersky), chapter 8 "Generic Types and Methods":
// the immutable generic Stack with isEmpty/top/pop/push, a generic isPrefix over two stacks with an
// equality function, and a balanced-brackets check (Rosetta Code "Balanced brackets") using a Stack[Char].
abstract class Stack[A] {
  def push(x: A): Stack[A] = new NonEmptyStack[A](x, this)
  def isEmpty: Boolean
  def top: A
  def pop: Stack[A]
  def size: Int = if (isEmpty) 0 else 1 + pop.size
}
class EmptyStack[A] extends Stack[A] {
  def isEmpty = true
  def top: A = throw new RuntimeException("EmptyStack.top")
  def pop: Stack[A] = throw new RuntimeException("EmptyStack.pop")
}
class NonEmptyStack[A](elem: A, rest: Stack[A]) extends Stack[A] {
  def isEmpty = false
  def top = elem
  def pop = rest
}

object Main {
  def isPrefix[A](p: Stack[A], s: Stack[A], same: (A, A) => Boolean): Boolean =
    p.isEmpty || (!s.isEmpty && same(p.top, s.top) && isPrefix(p.pop, s.pop, same))

  def show[A](s: Stack[A]): String = if (s.isEmpty) "<>" else s.top + " " + show(s.pop)

  def balanced(text: String): Boolean = {
    var stack: Stack[Char] = new EmptyStack[Char]
    var ok = true
    var i = 0
    while (ok && i < text.length) {
      val c = text.charAt(i)
      if (c == '[' || c == '(') stack = stack.push(c)
      else if (c == ']' || c == ')') {
        if (stack.isEmpty) ok = false
        else {
          val open = stack.top
          ok = (open == '[' && c == ']') || (open == '(' && c == ')')
          stack = stack.pop
        }
      }
      i += 1
    }
    ok && stack.isEmpty
  }

  def main(args: Array[String]): Unit = {
    val x = new EmptyStack[Int]
    val y = x.push(1).push(2).push(3)
    println(y.top)
    println(y.pop.top)
    println(y.size)
    println(show(y))
    val words = new EmptyStack[String].push("c").push("b").push("a")
    println(show(words))
    println(isPrefix(x.push(3), y, (a: Int, b: Int) => a == b))
    println(isPrefix(x.push(2), y, (a: Int, b: Int) => a == b))
    println(isPrefix[String](new EmptyStack[String].push("a"), words, (a, b) => a == b))
    for (t <- Array("", "[]", "[(])", "([[]])", "]["))
      println("\"" + t + "\" " + (if (balanced(t)) "OK" else "NOT OK"))
    try { x.top } catch { case e: RuntimeException => println("caught " + e.getMessage) }
  }
}
