// Covers: class methods calling other methods of the same instance, methods
// that take and return instances of the same class, and a Long-valued class.
class Fraction(val num: Long, val den: Long) {
  def gcd(a: Long, b: Long): Long = if (b == 0) math.abs(a) else gcd(b, a % b)
  def normalized: Fraction = {
    val g = gcd(num, den)
    val s = if (den < 0) -1 else 1
    new Fraction(s * num / g, s * den / g)
  }
  def plus(o: Fraction): Fraction = new Fraction(num * o.den + o.num * den, den * o.den).normalized
  def times(o: Fraction): Fraction = new Fraction(num * o.num, den * o.den).normalized
  def show: String = if (den == 1) "" + num else num + "/" + den
  def asDouble: Double = num.toDouble / den
}

object ClassMethodsChain {
  def main(args: Array[String]): Unit = {
    val half = new Fraction(1, 2)
    val third = new Fraction(1, 3)
    println(half.plus(third).show)
    println(half.times(third).show)
    println(new Fraction(6, -8).normalized.show)
    var h = new Fraction(0, 1)
    for (k <- 1 to 10) h = h.plus(new Fraction(1, k))
    println(h.show)
    println(h.asDouble)
    println(new Fraction(4, 2).normalized.show)
    println(half.plus(half).show)
  }
}
