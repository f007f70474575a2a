// Source: Tour of Scala, "Implicit Parameters" (https://docs.scala-lang.org/tour/implicit-parameters.html): an
// abstract Monoid, implicit instances for Int and String, and a sum whose implicit parameter list picks the
// instance. Adapted: the instances are implicit vals of the object (the tour's are implicit objects), the sums add
// three values (the tour's fold a List), and a second implicit parameter carries a separator.
abstract class Monoid[A] {
  def add(x: A, y: A): A
  def unit: A
}

class Separator(val text: String)

object ImplicitTest {
  implicit val stringMonoid: Monoid[String] = new Monoid[String] {
    def add(x: String, y: String): String = x + y
    def unit: String = ""
  }

  implicit val intMonoid: Monoid[Int] = new Monoid[Int] {
    def add(x: Int, y: Int): Int = x + y
    def unit: Int = 0
  }

  def sum[A](x: A, y: A, z: A)(implicit m: Monoid[A]): A = m.add(m.add(m.add(m.unit, x), y), z)

  def joined(xs: Array[String])(implicit sep: Separator): String = xs.mkString(sep.text)

  def run(): Unit = {
    println(sum(1, 2, 3))
    println(sum("a", "b", "c"))
    implicit val comma = new Separator(", ")
    println(joined(Array("x", "y", "z")))
    println(joined(Array("x", "y"))(new Separator("-")))
    val product = new Monoid[Int] {
      def add(x: Int, y: Int): Int = x * y
      def unit: Int = 1
    }
    println(sum(2, 3, 4)(product))
  }
}

object Main {
  def main(args: Array[String]): Unit = ImplicitTest.run()
}
