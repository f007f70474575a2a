// Source: Programming in Scala (Odersky, Spoon, Venners), chapter 6 "Functional Objects": the Rational class with
// operators, overloads taking an Int, and the implicit conversion `intToRational` that lets an Int stand where a
// Rational is required. Adapted: the conversion is a member of the object that uses it (the book's is defined in
// the interpreter), and the driver prints a few sums.
import scala.language.implicitConversions

class Rational(n: Int, d: Int) {
  require(d != 0)
  private val g = gcd(n.abs, d.abs)
  val numer: Int = n / g
  val denom: Int = d / g

  def this(n: Int) = this(n, 1)

  def + (that: Rational): Rational = new Rational(numer * that.denom + that.numer * denom, denom * that.denom)
  def * (that: Rational): Rational = new Rational(numer * that.numer, denom * that.denom)
  def lessThan(that: Rational): Boolean = this.numer * that.denom < that.numer * this.denom
  def max(that: Rational): Rational = if (this.lessThan(that)) that else this

  override def toString = numer + "/" + denom

  private def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)
}

object Main {
  implicit def intToRational(x: Int): Rational = new Rational(x)

  def harmonic(n: Int): Rational = {
    var sum: Rational = 0
    for (i <- 1 to n) sum = sum + new Rational(1, i)
    sum
  }

  def main(args: Array[String]): Unit = {
    val x = new Rational(2, 3)
    println(x + x)
    println(x * x)
    println(x + 1)
    println(x * 2)
    println(x max 1)
    println(harmonic(5))
    val one: Rational = 1
    println(one.lessThan(x) + " " + x.lessThan(one))
  }
}
