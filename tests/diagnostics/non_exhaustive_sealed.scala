object Main {
  sealed trait Expr
  case class Num(v: Int) extends Expr
  case class Add(l: Expr, r: Expr) extends Expr
  case class Neg(e: Expr) extends Expr
  case object Zero extends Expr
  sealed abstract class Color
  case object Red extends Color
  case object Green extends Color
  case class Mix(a: Color, b: Color) extends Color
  sealed trait T
  class Plain extends T
  sealed trait Sub extends T
  case class S1(x: Int) extends Sub
  case class S2() extends Sub
  object O1 extends T
  sealed trait Lit
  case class LNum(v: Int) extends Lit
  case class LStr(s: String) extends Lit
  case object LZero extends Lit
  sealed abstract class Shape
  final case class Circle(r: Double) extends Shape
  case class Rect(w: Double, h: Double) extends Shape
  def main(args: Array[String]): Unit = {
    val e: Expr = Num(1)
    val c: Color = Red
    val t: T = O1
    val s: Shape = Circle(1)
    val b = args.length == 0
    e match { case Num(v) => v; case Add(l, r) => 0 } // expect: warning non-exhaustive-match "It would fail on the following inputs: Neg(_), Zero"
    c match { case Red => 1; case Mix(Red, _) => 2 } // expect: warning non-exhaustive-match "inputs: Green, Mix(Green, _), Mix(Mix(_, _), _)"
    t match { case S1(x) => x } // expect: warning non-exhaustive-match "inputs: O1, Plain(), S2()"
    e match { case n: Num => 1; case Zero => 0 } // expect: warning non-exhaustive-match "inputs: Add(_, _), Neg(_)"
    (e, b) match { case (Num(1), true) => 1; case (Zero, _) => 2 } // expect: warning non-exhaustive-match "inputs: (Add(_, _), false), (Add(_, _), true), (Neg(_), false), (Neg(_), true), (Num(1), false), (Num(_), false), (Num(_), true)"
    s match { case c: Circle => 1 } // expect: warning non-exhaustive-match "input: Rect(_, _)"
    e match { case x @ Num(_) => 1; case Zero | Neg(_) => 2 } // expect: warning non-exhaustive-match "input: Add(_, _)"
    e match { case Add(Num(_), _) => 2; case Add(Zero, _) => 2; case Num(_) | Neg(_) | Zero => 4 } // expect: warning non-exhaustive-match "inputs: Add(Add(_, _), _), Add(Neg(_), _)"
    e match { case Add(Num(_), Num(_)) => 2; case Num(_) | Neg(_) | Zero => 4 } // expect: warning non-exhaustive-match "Add(Add(_, _), Add(_, _)), Add(Add(_, _), Neg(_)), Add(Add(_, _), Num(_)), Add(Add(_, _), Zero), Add(Neg(_), Add(_, _)), Add(Neg(_), Neg(_)), Add(Neg(_), Num(_)), Add(Neg(_), Zero), Add(Num(_), Add(_, _)), Add(Num(_), Neg(_)), Add(Num(_), Zero), Add(Zero, Add(_, _)), Add(Zero, Neg(_)), Add(Zero, Num(_)), Add(Zero, Zero)"
    e match { case Num(x) if x > 0 => 1; case Add(_, _) => 2 } // a guard: scalac 2.11 does not check the match
    e match { case Num(_) | Add(_, _) | Neg(_) | Zero => 1 }
    e match { case _: Expr => 1 }
    c match { case Red | Green => 1; case Mix(_, _) => 2 }
    t match { case _: Sub => 1; case _: Plain => 2; case O1 => 3 }
    (e: Any) match { case Zero => 1 } // Any is not checked
    s match { case Circle(_) => 1; case Rect(_, _) => 2 }
    val l: Lit = LZero
    l match { case LNum(1) => 1; case LNum(2) => 1; case LStr(_) | LZero => 4 } // expect: warning non-exhaustive-match "input: LNum((x: Int forSome x not in (1, 2)))"
    l match { case LNum(1) => 1; case LStr("a") => 1; case LZero => 4 } // expect: warning non-exhaustive-match "inputs: LNum((x: Int forSome x not in 1)), LStr((x: String forSome x not in "
    (l, b) match { case (LNum(1), _) => 1; case (LStr(_) | LZero, _) => 4 } // expect: warning non-exhaustive-match "input: (LNum(_), _)"
    (e: @unchecked) match { case Num(_) => 1 } // @unchecked: not checked, as in scalac
  }
}
