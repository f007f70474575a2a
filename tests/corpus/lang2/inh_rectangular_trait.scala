// Source: Odersky, Spoon, Venners, "Programming in Scala" (artima), chapter 12 "Traits", section "Thin versus rich
// interfaces": class Point, trait Rectangular with topLeft/bottomRight and derived left/right/width, mixed into
// Rectangle and into a Component hierarchy; and section "The Ordered trait" as a hand-written Comparing trait (the
// library's Ordered is generic, so the trait compares by an abstract `key`). Adapted: Component gets subclasses;
// the traits are used through their own types.
class Point(val x: Int, val y: Int) {
  override def toString: String = "(" + x + ", " + y + ")"
}

trait Rectangular {
  def topLeft: Point
  def bottomRight: Point
  def left = topLeft.x
  def right = bottomRight.x
  def top = topLeft.y
  def bottom = bottomRight.y
  def width = right - left
  def height = bottom - top
  def area = width * height
  def describe: String = "rect " + topLeft + "-" + bottomRight + " area " + area
}

abstract class Component extends Rectangular {
  def name: String
  override def describe: String = name + ": " + super.describe
}

class Rectangle(val topLeft: Point, val bottomRight: Point) extends Rectangular

class Button(val topLeft: Point, val bottomRight: Point, label: String) extends Component {
  def name: String = "button '" + label + "'"
}

class Panel(x: Int, y: Int, size: Int) extends Component {
  val topLeft = new Point(x, y)
  val bottomRight = new Point(x + size, y + size / 2)
  def name: String = "panel"
  override def area = super.area - 1
}

trait Comparing {
  def key: Int
  def compare(that: Comparing): Int = key - that.key
  def <(that: Comparing): Boolean = (this compare that) < 0
  def >(that: Comparing): Boolean = (this compare that) > 0
  def <=(that: Comparing): Boolean = (this compare that) <= 0
  def >=(that: Comparing): Boolean = (this compare that) >= 0
}

class Money(val cents: Int) extends Comparing {
  def key: Int = cents
  override def toString = (cents / 100) + "." + (if (cents % 100 < 10) "0" else "") + (cents % 100)
}

object Shapes {
  def main(args: Array[String]): Unit = {
    val rect = new Rectangle(new Point(1, 1), new Point(10, 10))
    println(rect.left + " " + rect.right + " " + rect.width)
    val items = Array[Rectangular](rect, new Button(new Point(0, 0), new Point(80, 20), "OK"), new Panel(5, 5, 40))
    var total = 0
    for (r <- items) {
      println(r.describe)
      total += r.area
    }
    println("total area " + total)
    val prices = Array(new Money(1999), new Money(250), new Money(1205), new Money(7))
    var cheapest = prices(0)
    for (p <- prices) if (p < cheapest) cheapest = p
    println("cheapest " + cheapest + " " + (prices(0) >= prices(2)) + " " + (prices(1) <= prices(3)))
  }
}
