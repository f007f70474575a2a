// Implicit values from an import (`import Styles._`), and from the implicit scope: the companion objects of the
// wanted type (Monoid's) and of its type argument (Money's).
abstract class Monoid[A] { def add(x: A, y: A): A; def unit: A }
object Monoid {
  implicit val intMonoid: Monoid[Int] = new Monoid[Int] { def add(x: Int, y: Int) = x + y; def unit = 0 }
}
class Money(val cents: Int) { override def toString = "$" + cents / 100 + "." + cents % 100 }
object Money {
  implicit val moneyMonoid: Monoid[Money] = new Monoid[Money] {
    def add(x: Money, y: Money) = new Money(x.cents + y.cents); def unit = new Money(0)
  }
}
class Style(val sep: String)
object Styles {
  implicit val comma: Style = new Style(", ")
  val plain: Style = new Style(" ")
}
object Main {
  def combine[A](a: A, b: A)(implicit m: Monoid[A]): A = m.add(m.add(m.unit, a), b)
  def show(xs: Array[String])(implicit s: Style): String = xs.mkString(s.sep)
  def main(args: Array[String]): Unit = {
    println(combine(2, 3))
    println(combine(new Money(150), new Money(275)))
    import Styles._
    println(show(Array("a", "b")))
    println(show(Array("a", "b"))(plain))
  }
}
