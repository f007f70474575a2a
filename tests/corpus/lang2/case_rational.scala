// Source: written for this test after the Rosetta Code task "Arithmetic/Rational"
// (https://rosettacode.org/wiki/Arithmetic/Rational): a normalised rational case class with operators, equality
// and hashing of equal values, copy, and the task's search for perfect numbers via sums of reciprocals of divisors.
object Rational {
  case class Frac(num: Long, den: Long) {
    def +(o: Frac): Frac = Frac.make(num * o.den + o.num * den, den * o.den)
    def -(o: Frac): Frac = Frac.make(num * o.den - o.num * den, den * o.den)
    def *(o: Frac): Frac = Frac.make(num * o.num, den * o.den)
    def /(o: Frac): Frac = Frac.make(num * o.den, den * o.num)
    def <(o: Frac): Boolean = num * o.den < o.num * den
    def isInteger: Boolean = den == 1
  }

  object Frac {
    def gcd(a: Long, b: Long): Long = if (b == 0) math.abs(a) else gcd(b, a % b)
    def make(n: Long, d: Long): Frac = {
      val g = gcd(n, d)
      val s = if (d < 0) -1 else 1
      Frac(s * n / g, s * d / g)
    }
  }

  def main(args: Array[String]): Unit = {
    val half = Frac.make(1, 2)
    val third = Frac.make(2, 6)
    println(half + " " + third + " " + (half + third) + " " + (half - third) + " " + (half * third) + " " +
      (half / third))
    println((third < half) + " " + (Frac.make(3, 6) == half) + " " + (Frac.make(3, 6).hashCode == half.hashCode))
    println(Frac.make(-4, -8) + " " + Frac.make(4, -8) + " " + half.copy(den = 3))
    var found = 0
    var candidate = 2L
    while (found < 3) {
      var sum = Frac.make(1, candidate)
      var f = 2L
      while (f * f <= candidate) {
        if (candidate % f == 0) sum = sum + Frac.make(1, f) + Frac.make(f, candidate)
        f += 1
      }
      sum match {
        case Frac(1, 1) =>
          println("perfect: " + candidate)
          found += 1
        case Frac(n, d) if d == 1 => println("integer sum " + n + " for " + candidate)
        case _ =>
      }
      candidate += 1
    }
  }
}
