// Implicit conversions found in the companion objects of the target type (Rational.fromInt) and of the source type
// (Celsius.toFahrenheit, also to reach a member only the target has), scalac's implicit scope.
import scala.language.implicitConversions
class Rational(val n: Int, val d: Int) {
  def +(that: Rational): Rational = new Rational(n * that.d + that.n * d, d * that.d)
  override def toString = n + "/" + d
}
object Rational {
  implicit def fromInt(i: Int): Rational = new Rational(i, 1)
}
class Celsius(val deg: Double)
object Celsius {
  implicit def toFahrenheit(c: Celsius): Fahrenheit = new Fahrenheit(c.deg * 9 / 5 + 32)
}
class Fahrenheit(val deg: Double) { def show: String = deg + "F" }
object Main {
  def half(r: Rational): Rational = new Rational(r.n, r.d * 2)
  def main(args: Array[String]): Unit = {
    println(new Rational(1, 2) + 1)
    println(half(3))
    val f: Fahrenheit = new Celsius(100)
    println(f.show)
    println(new Celsius(0).show)
  }
}
