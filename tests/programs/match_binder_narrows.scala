// A binder around a constructor or typed pattern names a value of the type that pattern tests for: `c @ Circle(_)`
// is a Circle (its fields and methods usable), `s @ (_: String)` a String, nested binders too.
sealed abstract class Shape
case class Circle(r: Double) extends Shape { def diameter: Double = 2 * r }
case class Rect(w: Double, h: Double) extends Shape
case class Group(name: String, first: Shape) extends Shape

object Main {
  def describe(s: Shape): String = s match {
    case c @ Circle(_) => "circle " + c.r + " across " + c.diameter
    case g @ Group(_, inner @ Rect(w, _)) => g.name + " holding a rect " + inner.h + " by " + w
    case g @ Group(_, _) => "group " + g.name
    case r @ Rect(_, _) => "rect " + (r.w * r.h)
  }

  def kind(x: Any): String = x match {
    case s @ (_: String) => "string of " + s.length
    case n @ (_: Int) => "int " + (n + 1)
    case other => "other " + other
  }

  def main(args: Array[String]): Unit = {
    List(Circle(1.5), Rect(2, 3), Group("g", Rect(4, 5)), Group("h", Circle(1))).foreach(s => println(describe(s)))
    List[Any]("abc", 41, 2.5).foreach(x => println(kind(x)))
  }
}
