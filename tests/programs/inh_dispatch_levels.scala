// Written for this test: dispatch through three levels of classes, super calls, inherited fields and methods,
// abstract members, protected access, overriding vals and toString, and direct calls on final classes.
abstract class Shape(val name: String) {
  def area: Double
  def sides(): Int
  protected def unit: String = "cm"
  def describe(): String = name + " with " + sides() + " sides, area " + area + " " + unit + "^2"
  override def toString: String = "Shape(" + name + ")"
}

class Rect(val w: Double, val h: Double) extends Shape("rect") {
  def area: Double = w * h
  def sides(): Int = 4
}

class Square(side: Double) extends Rect(side, side) {
  override def describe(): String = "square! " + super.describe()
  override def toString: String = "Square(" + w + ")"
}

final class Cube(side: Double) extends Square(side) {
  override def area: Double = 6 * super.area
  override protected def unit: String = "mm"
  def volume: Double = w * w * w
}

class Triangle(a: Double, b: Double, c: Double) extends Shape("triangle") {
  def area: Double = {
    val s = (a + b + c) / 2
    math.sqrt(s * (s - a) * (s - b) * (s - c))
  }
  def sides(): Int = 3
}

class Counter {
  var count = 0
  val label = "plain"
  def bump(by: Int): Counter = { count += by; this }
}

class LoudCounter extends Counter {
  override val label = "loud"
  override def bump(by: Int): Counter = super.bump(by * 10)
}

object Main {
  def total(shapes: Array[Shape]): Double = {
    var sum = 0.0
    for (s <- shapes) sum += s.area
    sum
  }

  def main(args: Array[String]): Unit = {
    val shapes = Array[Shape](new Rect(2, 3), new Square(2), new Cube(1), new Triangle(3, 4, 5))
    for (s <- shapes) {
      println(s)
      println(s.describe())
    }
    println(total(shapes))
    val c = new Cube(2)
    println(c.volume + " " + c.area + " " + c.name)
    val pick: Rect = if (args.length > 5) new Rect(1, 1) else new Square(5)
    println(pick.area + " " + pick.sides())
    val counters = Array(new Counter, new LoudCounter)
    for (k <- counters) {
      k.bump(1).bump(2)
      println(k.label + " " + k.count)
    }
    val base: Counter = counters(1)
    println(base.label)
  }
}
