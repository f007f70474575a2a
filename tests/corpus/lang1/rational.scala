// Source: "Programming in Scala" (Odersky, Spoon, Venners), chapter 6 "Functional Objects", class Rational; the
// same type is the Rosetta Code task https://rosettacode.org/wiki/Arithmetic/Rational. Adapted: one file with a
// main that prints what the chapter shows, plus a companion `apply` and comparisons.
class Rational(n: Int, d: Int) {
  require(d != 0)
  private val g = gcd(n.abs, d.abs)
  val numer = n / g
  val denom = d / g
  def this(n: Int) = this(n, 1)
  def +(that: Rational): Rational = new Rational(numer * that.denom + that.numer * denom, denom * that.denom)
  def +(i: Int): Rational = new Rational(numer + i * denom, denom)
  def -(that: Rational): Rational = new Rational(numer * that.denom - that.numer * denom, denom * that.denom)
  def -(i: Int): Rational = new Rational(numer - i * denom, denom)
  def *(that: Rational): Rational = new Rational(numer * that.numer, denom * that.denom)
  def *(i: Int): Rational = new Rational(numer * i, denom)
  def /(that: Rational): Rational = new Rational(numer * that.denom, denom * that.numer)
  def /(i: Int): Rational = new Rational(numer, denom * i)
  def lessThan(that: Rational) = this.numer * that.denom < that.numer * this.denom
  def max(that: Rational) = if (this.lessThan(that)) that else this
  private def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)
  override def toString = numer + "/" + denom
}

object Rational {
  def apply(n: Int, d: Int): Rational = new Rational(n, d)
}

object RationalMain {
  def main(args: Array[String]): Unit = {
    val x = new Rational(1, 2)
    val y = new Rational(2, 3)
    println(x + y)
    println(x * y)
    println(x + x * y)
    println((x + x) * y)
    println(new Rational(66, 42))
    println(new Rational(3))
    println(y / x + 1)
    println(x * 2 - 1)
    println(x.lessThan(y) + " " + x.max(y) + " " + Rational(10, 4))
    println(Rational(5, 0))
  }
}
