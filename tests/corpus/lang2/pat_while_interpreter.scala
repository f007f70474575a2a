// Source: the WHILE language of Hanne Riis Nielson and Flemming Nielson, "Semantics with Applications: An
// Appetizer" (Springer 2007), chapters 1-2: arithmetic expressions (n, x, a1 + a2, a1 * a2, a1 - a2), boolean
// expressions (true, false, a1 = a2, a1 <= a2, not b, b1 and b2) and statements (x := a, skip, S1; S2, if, while),
// with the natural semantics as an interpreter over a state. Written as sealed case-class hierarchies the way the
// book's Haskell/Miranda definitions map to Scala; the book's factorial and power programs are run.
// Adapted: the state is a pair of arrays (variable names, values) since the subset has no Map.
object Main {
  sealed trait Aexp
  case class N(n: Int) extends Aexp
  case class V(x: String) extends Aexp
  case class Add(a1: Aexp, a2: Aexp) extends Aexp
  case class Mult(a1: Aexp, a2: Aexp) extends Aexp
  case class Sub(a1: Aexp, a2: Aexp) extends Aexp

  sealed trait Bexp
  case object TRUE extends Bexp
  case object FALSE extends Bexp
  case class Eq(a1: Aexp, a2: Aexp) extends Bexp
  case class Le(a1: Aexp, a2: Aexp) extends Bexp
  case class Neg(b: Bexp) extends Bexp
  case class And(b1: Bexp, b2: Bexp) extends Bexp

  sealed trait Stm
  case class Ass(x: String, a: Aexp) extends Stm
  case object Skip extends Stm
  case class Comp(s1: Stm, s2: Stm) extends Stm
  case class If(b: Bexp, s1: Stm, s2: Stm) extends Stm
  case class While(b: Bexp, s: Stm) extends Stm

  class State(val names: Array[String], val values: Array[Int]) {
    def get(x: String): Int = {
      val i = names.indexOf(x)
      if (i < 0) 0 else values(i)
    }
    def update(x: String, v: Int): State = {
      val i = names.indexOf(x)
      if (i < 0) new State(names :+ x, values :+ v)
      else { val vs = values.clone; vs(i) = v; new State(names, vs) }
    }
    override def toString: String =
      (0 until names.length).map(i => names(i) + " -> " + values(i)).mkString("[", ", ", "]")
  }

  var steps = 0

  def A(a: Aexp, s: State): Int = a match {
    case N(n) => n
    case V(x) => s.get(x)
    case Add(a1, a2) => A(a1, s) + A(a2, s)
    case Mult(a1, a2) => A(a1, s) * A(a2, s)
    case Sub(a1, a2) => A(a1, s) - A(a2, s)
  }

  def B(b: Bexp, s: State): Boolean = b match {
    case TRUE => true
    case FALSE => false
    case Eq(a1, a2) => A(a1, s) == A(a2, s)
    case Le(a1, a2) => A(a1, s) <= A(a2, s)
    case Neg(b1) => !B(b1, s)
    case And(b1, b2) => B(b1, s) && B(b2, s)
  }

  // The natural semantics: <S, s> -> s'
  def ns(stm: Stm, s: State): State = {
    steps += 1
    stm match {
      case Ass(x, a) => s.update(x, A(a, s))
      case Skip => s
      case Comp(s1, s2) => ns(s2, ns(s1, s))
      case If(b, s1, s2) => if (B(b, s)) ns(s1, s) else ns(s2, s)
      case w @ While(b, body) => if (B(b, s)) ns(w, ns(body, s)) else s
    }
  }

  def showA(a: Aexp): String = a match {
    case N(n) => n.toString
    case V(x) => x
    case Add(a1, a2) => "(" + showA(a1) + " + " + showA(a2) + ")"
    case Mult(a1, a2) => showA(a1) + " * " + showA(a2)
    case Sub(a1, a2) => "(" + showA(a1) + " - " + showA(a2) + ")"
  }

  def showB(b: Bexp): String = b match {
    case TRUE => "true"
    case FALSE => "false"
    case Eq(a1, a2) => showA(a1) + " = " + showA(a2)
    case Le(a1, a2) => showA(a1) + " <= " + showA(a2)
    case Neg(b1) => "not(" + showB(b1) + ")"
    case And(b1, b2) => showB(b1) + " and " + showB(b2)
  }

  def showS(s: Stm, indent: String): String = s match {
    case Ass(x, a) => indent + x + " := " + showA(a)
    case Skip => indent + "skip"
    case Comp(s1, s2) => showS(s1, indent) + ";\n" + showS(s2, indent)
    case If(b, s1, s2) =>
      indent + "if " + showB(b) + " then\n" + showS(s1, indent + "  ") + "\n" + indent + "else\n" +
        showS(s2, indent + "  ")
    case While(b, body) => indent + "while " + showB(b) + " do\n" + showS(body, indent + "  ")
  }

  def main(args: Array[String]): Unit = {
    // y := 1; while not(x = 1) do (y := y * x; x := x - 1)
    val factorial = Comp(Ass("y", N(1)),
      While(Neg(Eq(V("x"), N(1))), Comp(Ass("y", Mult(V("y"), V("x"))), Ass("x", Sub(V("x"), N(1))))))
    println(showS(factorial, ""))
    for (n <- 1 to 6) {
      steps = 0
      val end = ns(factorial, new State(Array("x"), Array(n)))
      println("x = " + n + ": " + end + " in " + steps + " steps")
    }
    // z := 1; while 1 <= y do (z := z * x; y := y - 1)  (the power program)
    val power = Comp(Ass("z", N(1)),
      While(Le(N(1), V("y")), Comp(Ass("z", Mult(V("z"), V("x"))), Ass("y", Sub(V("y"), N(1))))))
    println(showS(power, ""))
    println(ns(power, new State(Array("x", "y"), Array(3, 4))))
    val maxProg = If(And(Le(V("a"), V("b")), Neg(FALSE)), Ass("m", V("b")), Comp(Skip, Ass("m", V("a"))))
    println(showS(maxProg, ""))
    println(ns(maxProg, new State(Array("a", "b"), Array(7, 3))))
    println(ns(maxProg, new State(Array("a", "b"), Array(2, 9))))
    println(factorial == Comp(Ass("y", N(1)),
      While(Neg(Eq(V("x"), N(1))), Comp(Ass("y", Mult(V("y"), V("x"))), Ass("x", Sub(V("x"), N(1)))))))
    println(TRUE)
    println(While(TRUE, Skip))
  }
}
