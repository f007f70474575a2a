// Covers: toString, hashCode and equals of class instances held as Any, AnyRef or a trait type dispatch to the
// instance's own class (its vtable), not to a parent's: subclasses of a class with a toString, in string
// interpolation, println, arrays of Any, equals across a hierarchy, case classes inside Any and in tuples.
trait Shape { def area: Double }
class Named(val name: String) {
  override def toString: String = "Named(" + name + ")"
  override def hashCode: Int = name.length
  override def equals(other: Any): Boolean = other.isInstanceOf[Named] && other.asInstanceOf[Named].name == name
}
class Loud(name: String) extends Named(name) {
  override def toString: String = name.toUpperCase + "!"
}
class Louder(name: String) extends Loud(name) {
  override def toString: String = super.toString + "!!"
  override def hashCode: Int = 1000 + super.hashCode
}
class Quiet(name: String) extends Named(name)
class Square(side: Double) extends Shape {
  def area: Double = side * side
  override def toString: String = "Square(" + side + ")"
}
class Circle(r: Double) extends Shape {
  def area: Double = 3.0 * r * r
}
case class Point(x: Int, y: Int)
case class Box(content: Any)
abstract class Animal { override def toString: String = "animal " + sound; def sound: String }
class Dog extends Animal { def sound: String = "woof" }
class Puppy extends Dog { override def sound: String = "yip"; override def toString: String = "puppy" }

object AnyDispatchVtable {
  def show(x: Any): String = "" + x
  def describe(r: AnyRef): String = r.toString + "/" + r.hashCode

  def main(args: Array[String]): Unit = {
    val things: Array[Any] = Array(new Named("a"), new Loud("b"), new Louder("c"), new Quiet("d"), Point(1, 2),
      Box(new Loud("in")), new Square(2.0), 42, "str", (new Loud("t"), Point(3, 4)), new Puppy, new Dog)
    for (t <- things) println(t)
    for (t <- things) println(s"interpolated: $t")
    println(show(new Louder("x")) + " " + describe(new Louder("x")) + " " + describe(new Quiet("xy")))
    val shapes: Array[Shape] = Array(new Square(1.5), new Square(3.0))
    for (s <- shapes) println(s.toString + " " + s.area)
    val a: Any = new Loud("same")
    val b: Any = new Quiet("same")
    val c: Any = new Named("other")
    println((a == b) + " " + (b == a) + " " + (a == c) + " " + a.equals(b) + " " + (a.hashCode == b.hashCode))
    println(a.hashCode + " " + (new Louder("xyz"): Any).hashCode + " " + (new Louder("xyz"): AnyRef).##)
    val p: Any = Point(1, 2)
    val q: AnyRef = Point(1, 2)
    println((p == q) + " " + p.equals(q) + " " + (p.hashCode == Point(1, 2).hashCode) + " " + (p == Point(2, 1)))
    println(Box(Point(1, 2)) == Box(Point(1, 2)))
    println((Box(new Loud("z")): Any).toString)
    val pair: Any = (Point(5, 6), new Louder("p"))
    println(pair)
    println(pair == ((Point(5, 6), new Louder("p"))))
    val animals: Array[AnyRef] = Array(new Dog, new Puppy)
    for (x <- animals) println("" + x + " " + x)
    val sb = new StringBuilder
    sb.append("" + new Loud("sb")).append(' ').append("" + p)
    println(sb.toString)
  }
}
