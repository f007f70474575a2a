// Source: Martin Odersky, "Scala By Example" (EPFL, 2014), chapter 7 "Case Classes and Pattern Matching", the
// object-oriented decomposition of arithmetic expressions (abstract class Expr with isNumber/isSum/numValue/
// leftOp/rightOp, classes Number and Sum, an eval over the classification methods), and its alternative with eval
// as a method of each class. Adapted: a Prod class and a Var class with an environment are added as the chapter's
// exercise suggests; printing added to show the results.
abstract class Expr {
  def isNumber: Boolean
  def isSum: Boolean
  def numValue: Int
  def leftOp: Expr
  def rightOp: Expr
  def eval: Int
  def show: String
}

class Number(n: Int) extends Expr {
  def isNumber: Boolean = true
  def isSum: Boolean = false
  def numValue: Int = n
  def leftOp: Expr = throw new Error("Number.leftOp")
  def rightOp: Expr = throw new Error("Number.rightOp")
  def eval: Int = n
  def show: String = n.toString
}

class Sum(e1: Expr, e2: Expr) extends Expr {
  def isNumber: Boolean = false
  def isSum: Boolean = true
  def numValue: Int = throw new Error("Sum.numValue")
  def leftOp: Expr = e1
  def rightOp: Expr = e2
  def eval: Int = e1.eval + e2.eval
  def show: String = "(" + e1.show + " + " + e2.show + ")"
}

class Prod(e1: Expr, e2: Expr) extends Sum(e1, e2) {
  override def isSum: Boolean = false
  override def eval: Int = e1.eval * e2.eval
  override def show: String = e1.show + " * " + e2.show
}

class Var(name: String, env: Array[Int]) extends Number(0) {
  private def slot: Int = name.charAt(0) - 'a'
  override def numValue: Int = env(slot)
  override def eval: Int = env(slot)
  override def show: String = name
}

object ExprDemo {
  def eval(e: Expr): Int = {
    if (e.isNumber) e.numValue
    else if (e.isSum) eval(e.leftOp) + eval(e.rightOp)
    else e.eval
  }

  def main(args: Array[String]): Unit = {
    val env = Array(3, 4, 5)
    val exprs = Array[Expr](
      new Sum(new Number(1), new Number(2)),
      new Prod(new Sum(new Number(1), new Number(2)), new Number(7)),
      new Sum(new Var("a", env), new Prod(new Var("b", env), new Var("c", env))),
      new Number(42))
    for (e <- exprs) println(e.show + " = " + eval(e) + " / " + e.eval)
    env(0) = 10
    println(exprs(2).show + " = " + exprs(2).eval)
    var total = 0
    var i = 0
    while (i < 1000) {
      total += eval(new Sum(new Number(i), new Prod(new Number(2), new Number(i))))
      i += 1
    }
    println(total)
  }
}
