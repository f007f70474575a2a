// Implicit classes add methods to existing types: to Int, String, Double, a tuple and a class of the program's
// own, inside an object and a class, with a by-name parameter and an implicit parameter of its own; an implicit
// conversion (`implicit def`) is likewise used for a member selected on an Int or a String.
object Syntax {
  implicit class RichInt(val n: Int) {
    def squared: Int = n * n
    def times(body: => Unit): Unit = { var i = 0; while (i < n) { body; i += 1 } }
    def isEven: Boolean = n % 2 == 0
  }
  implicit class Shouting(s: String) {
    def shout: String = s.toUpperCase + "!"
    def padded(implicit width: Int): String = s + "." * (width - s.length)
  }
  implicit class Point(p: (Double, Double)) { def norm: Double = math.sqrt(p._1 * p._1 + p._2 * p._2) }
}

class Money(val cents: Long) { override def toString = "$" + cents / 100 + "." + (if (cents % 100 < 10) "0" else "") + cents % 100 }

class Shop {
  implicit class Priced(m: Money) { def withTax: Money = new Money(m.cents * 108 / 100) }
  def total(items: List[Money]): Money = new Money(items.map(_.cents).sum).withTax
}

object Main {
  import Syntax._
  class Celsius(val degrees: Double)
  implicit def fromDouble(d: Double): Celsius = new Celsius(d)

  def main(args: Array[String]): Unit = {
    implicit val width: Int = 8
    println(7.squared + " " + 4.isEven + " " + 7.isEven)
    3.times(print("ho "))
    println()
    println("hey".shout + " " + "ab".padded)
    println((3.0, 4.0).norm)
    println(new Shop().total(List(new Money(1000), new Money(250))))
    println(21.5.degrees)
  }
}
