// Source: Martin Odersky, Lex Spoon, Bill Venners, "Programming in Scala" (2nd ed., Artima 2010), chapter 15 "Case
// Classes and Pattern Matching": the sealed Expr hierarchy (Var, Number, UnOp, BinOp), simplifyTop, simplifyAll,
// describe, the typed-pattern generalSize, and the chapter's expression formatter's precedence rules.
// Adapted: the formatter prints to a string instead of the book's layout library; printing added to show results.
object Main {
  sealed abstract class Expr
  case class Var(name: String) extends Expr
  case class Number(num: Double) extends Expr
  case class UnOp(operator: String, arg: Expr) extends Expr
  case class BinOp(operator: String, left: Expr, right: Expr) extends Expr

  def simplifyTop(expr: Expr): Expr = expr match {
    case UnOp("-", UnOp("-", e)) => e // Double negation
    case BinOp("+", e, Number(0)) => e // Adding zero
    case BinOp("*", e, Number(1)) => e // Multiplying by one
    case _ => expr
  }

  def simplifyAll(expr: Expr): Expr = expr match {
    case UnOp("-", UnOp("-", e)) => simplifyAll(e) // '-' is its own inverse
    case BinOp("+", e, Number(0)) => simplifyAll(e) // '0' is a neutral element for '+'
    case BinOp("*", e, Number(1)) => simplifyAll(e) // '1' is a neutral element for '*'
    case UnOp(op, e) => UnOp(op, simplifyAll(e))
    case BinOp(op, l, r) => BinOp(op, simplifyAll(l), simplifyAll(r))
    case _ => expr
  }

  def describe(e: Expr): String = (e: @unchecked) match {
    case Number(_) => "a number"
    case Var(_) => "a variable"
  }

  def generalSize(x: Any) = x match {
    case s: String => s.length
    case e: Expr => size(e)
    case _ => -1
  }

  def size(e: Expr): Int = e match {
    case Var(_) | Number(_) => 1
    case UnOp(_, arg) => 1 + size(arg)
    case BinOp(_, l, r) => 1 + size(l) + size(r)
  }

  // Operator precedence, as the book's ExprFormatter assigns it.
  def precedence(op: String): Int = op match {
    case "|" | "||" => 0
    case "&" | "&&" => 1
    case "^" => 2
    case "==" | "!=" => 3
    case "<" | "<=" | ">" | ">=" => 4
    case "+" | "-" => 5
    case "*" | "%" => 6
    case _ => 7
  }
  val unaryPrecedence = 7

  def format(e: Expr, enclPrec: Int): String = e match {
    case Var(name) => name
    case Number(num) =>
      def stripDot(s: String) = if (s endsWith ".0") s.substring(0, s.length - 2) else s
      stripDot(num.toString)
    case UnOp(op, arg) => op + format(arg, unaryPrecedence)
    case BinOp("/", left, right) => "(" + format(left, 0) + ")/(" + format(right, 0) + ")"
    case BinOp(op, left, right) =>
      val opPrec = precedence(op)
      val l = format(left, opPrec)
      val r = format(right, opPrec + 1)
      val oper = l + " " + op + " " + r
      if (enclPrec <= opPrec) oper else "(" + oper + ")"
  }

  def show(e: Expr): String = format(e, 0)

  def main(args: Array[String]): Unit = {
    val v = Var("x")
    val op = BinOp("+", Number(1), v)
    println(v.name)
    println(op.left)
    println(op.right == Var("x"))
    println(op.copy(operator = "-"))
    println(simplifyTop(UnOp("-", UnOp("-", Var("x")))))
    println(simplifyTop(BinOp("*", Var("y"), Number(1))))
    val big = BinOp("+", UnOp("-", UnOp("-", BinOp("*", Var("z"), Number(1)))), Number(0))
    println(simplifyAll(big))
    println(describe(Number(5)))
    println(describe(Var("q")))
    println(generalSize("abc"))
    println(generalSize(big))
    println(generalSize(42))
    val e1 = BinOp("*", BinOp("/", Number(1), Number(2)), BinOp("+", Var("x"), Number(1)))
    val e2 = BinOp("+", BinOp("/", Var("x"), Number(2)), BinOp("/", Number(1.5), Var("x")))
    val e3 = BinOp("/", e1, e2)
    val e4 = BinOp("-", BinOp("-", Var("a"), Var("b")), BinOp("-", Var("c"), UnOp("-", Var("d"))))
    for (e <- Array[Expr](e1, e2, e3, e4)) println(show(e))
    println(show(simplifyAll(BinOp("*", BinOp("+", Var("a"), Number(0)), Number(1)))))
  }
}
