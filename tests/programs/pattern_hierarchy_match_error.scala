// A match on a parent type that no case takes: MatchError names the value's own class, as on the JVM.
object Main {
  sealed abstract class Shape
  case class Circle(r: Double) extends Shape
  case class Rect(w: Double, h: Double) extends Shape
  def name(s: Shape): String = s match {
    case Circle(_) => "circle"
  }
  def main(args: Array[String]): Unit = {
    println(name(Circle(1)))
    println(name(Rect(2, 3)))
  }
}
