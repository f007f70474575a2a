// Source: Rosetta Code, "Polymorphism", Scala solution (acmeism/RosettaCodeData,
// Task/Polymorphism/Scala). A Point with x and y, a Circle that extends it with a radius, copy constructors,
// accessors, and a `print` that each class overrides. Adapted: the auxiliary constructors kept; println calls
// added to exercise every method through a reference of the parent type.
class Point(protected var x: Double, protected var y: Double) {
  def this() = this(0, 0)
  def this(p: Point) = this(p.getX, p.getY)
  def getX: Double = x
  def getY: Double = y
  def setX(nx: Double): Unit = x = nx
  def setY(ny: Double): Unit = y = ny
  def print(): Unit = println("Point: " + x + ", " + y)
  override def toString: String = "Point(" + x + "," + y + ")"
}

class Circle(x: Double, y: Double, private var r: Double) extends Point(x, y) {
  def this(p: Point, r: Double) = this(p.getX, p.getY, r)
  def this(c: Circle) = this(c.getX, c.getY, c.getR)
  def this() = this(0, 0, 0)
  def getR: Double = r
  def setR(nr: Double): Unit = r = nr
  override def print(): Unit = println("Circle: " + getX + ", " + getY + ", " + r)
  override def toString: String = "Circle(" + getX + "," + getY + "," + r + ")"
}

object Polymorphism {
  def main(args: Array[String]): Unit = {
    val shapes = Array[Point](new Point(), new Point(1, 2), new Circle(), new Circle(3, 4, 5),
      new Circle(new Point(6, 7), 8))
    for (s <- shapes) s.print()
    val copy = new Circle(new Circle(3, 4, 5))
    copy.setR(10)
    copy.setX(-1)
    println(copy)
    val p = new Point(copy)
    p.setY(2.5)
    println(p + " " + shapes.length)
  }
}
