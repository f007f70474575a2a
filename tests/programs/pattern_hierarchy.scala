// Patterns that downcast on a hierarchy: typed and constructor patterns on a sealed trait's values, case objects
// held as their parent and matched by name, patterns on Any (primitives, strings, classes, traits, null).
object Main {
  sealed trait Shape { def area: Double }
  case class Circle(r: Double) extends Shape { def area = 3.0 * r * r }
  case class Rect(w: Double, h: Double) extends Shape { def area = w * h }
  class Tri extends Shape { def area = 1.0 }
  case object Dot extends Shape { def area = 0.0 }
  trait Named { def name: String }
  class Plain
  class NN extends Named { def name = "n" }
  abstract class Animal { def sound: String }
  class Dog extends Animal { def sound = "woof" }
  class Puppy extends Dog { override def sound = "yip" }
  case object Cat extends Animal { def sound = "meow" }

  def describe(s: Shape): String = s match {
    case c: Circle => "circle " + c.r
    case Rect(w, h) if w == h => "square " + w
    case Rect(w, h) => "rect " + w + "x" + h
    case Dot => "dot"
    case t: Tri => "tri " + t.area
  }
  def any(x: Any): String = x match {
    case i: Int => "int " + (i + 1)
    case s: String => "string " + s.length
    case d: Double => "double " + d
    case Circle(r) => "a circle " + r
    case s: Shape => "shape " + s.area
    case n: Named => "named " + n.name
    case null => "null!"
    case _ => "other"
  }
  def animal(a: Animal): String = a match {
    case p: Puppy => "puppy " + p.sound
    case d: Dog => "dog " + d.sound
    case Cat => "the cat"
  }
  def main(args: Array[String]): Unit = {
    val xs: Array[Shape] = Array(Circle(1.0), Rect(2.0, 3.0), Rect(2, 2), new Tri, Dot)
    for (s <- xs) println(describe(s))
    val ys: Array[Any] = Array(1, "abc", 2.5, Circle(2), Dot, new Plain, null, new NN)
    for (y <- ys) println(any(y))
    val pets: Array[Animal] = Array(new Dog, new Puppy, Cat)
    for (p <- pets) println(animal(p))
    val an: Animal = Cat
    println(an == Cat)
    println(Cat == an)
    println(an != Cat)
    println(pets(0) == Cat)
    val s: Shape = Circle(1.0)
    println(s == Circle(1.0))
    println(Circle(1.0) == s)
    println(s == Rect(1.0, 1.0))
    val pairs: Array[(Shape, Int)] = Array((Dot, 1), (Circle(3), 2))
    for ((Circle(r), n) <- pairs) println("circle in a pair " + r + " " + n)
    val Rect(w, h) = xs(1)
    println(w * h)
  }
}
