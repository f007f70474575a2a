// Inner and block classes in class hierarchies (written for this test): an inner class extending an abstract
// class and mixing in a trait, reading members its enclosing class inherits; a subclass of the enclosing class
// creating it; a block class extending an abstract class, capturing a `var` and overriding toString; all called
// through the parent's type (virtual and trait dispatch).
abstract class Shape {
  def area: Int
  def describe: String = "shape " + area
}
trait Named {
  def name: String
  def greet: String = "I am " + name
}
class Base(val k: Int) {
  def base: Int = k * 2
}
class Outer(val scale: Int) extends Base(7) {
  class Square(side: Int) extends Shape with Named {
    def area: Int = side * side * scale + base
    def name: String = "square" + k
    override def describe: String = "square of " + area
  }
  def make(n: Int): Shape = new Square(n)
}
class Wider extends Outer(3) {
  def twice(n: Int): Shape = new Square(n * 2)
}
object Main {
  def main(args: Array[String]): Unit = {
    val o = new Outer(2)
    val s: Shape = o.make(3)
    println(s.describe)
    println(new o.Square(1).greet)
    val w = new Wider
    println(w.twice(1).describe)
    val viaParent: Outer = w
    val named: Named = new viaParent.Square(2)
    println(named.greet + " " + named.name)
    var count = 10
    class Counted(x: Int) extends Shape with Named {
      def area: Int = x + count
      def name: String = "counted"
      override def toString: String = "Counted(" + area + ")"
    }
    val c = new Counted(5)
    count = 20
    println(c.describe)
    println(c.greet)
    println(c)
    val shapes: Array[Shape] = Array(s, c, w.twice(2))
    var total = 0
    for (sh <- shapes) total += sh.area
    println(total)
  }
}
