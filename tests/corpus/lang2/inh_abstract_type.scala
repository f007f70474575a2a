// Source: Rosetta Code, "Abstract type", Scala solution (acmeism/RosettaCodeData, Task/Abstract-type/Scala): an
// abstract class with an abstract method and a concrete one, a trait as an interface, and classes implementing
// both. Adapted: the shapes given concrete data and a driver that sums and describes them through the abstract
// type and through the trait.
abstract class Shape {
  def area: Double
  def perimeter: Double
  def name: String
  def describe(): String = name + ": area " + area + ", perimeter " + perimeter
}

trait Scalable {
  def scale(factor: Double): Scalable
  def size: Double
}

class Rectangle(val w: Double, val h: Double) extends Shape with Scalable {
  def area: Double = w * h
  def perimeter: Double = 2 * (w + h)
  def name: String = "rectangle " + w + "x" + h
  def scale(factor: Double): Scalable = new Rectangle(w * factor, h * factor)
  def size: Double = area
}

class Square(side: Double) extends Rectangle(side, side) {
  override def name: String = "square " + side
  override def scale(factor: Double): Scalable = new Square(side * factor)
}

class Circle(r: Double) extends Shape with Scalable {
  def area: Double = 3.0 * r * r
  def perimeter: Double = 6.0 * r
  def name: String = "circle " + r
  def scale(factor: Double): Scalable = new Circle(r * factor)
  def size: Double = area
}

object AbstractType {
  def main(args: Array[String]): Unit = {
    val shapes = Array[Shape](new Rectangle(2, 3), new Square(4), new Circle(1))
    var total = 0.0
    for (s <- shapes) {
      println(s.describe())
      total += s.area
    }
    println("total area " + total)
    val scalables = Array[Scalable](new Rectangle(1, 2), new Square(3), new Circle(2))
    for (s <- scalables) println(s.size + " -> " + s.scale(2).size + " -> " + s.scale(0.5).scale(0.5).size)
  }
}
