// scala.math functions computed as the JVM's StrictMath (fdlibm): exp, log, log10, pow and round, bit for bit on
// 20,000 pseudo-random arguments (hashed) and on the special values (zeros, infinities, NaN, subnormals).
object LibraryMathStrict {
  var seed = 12345L
  def next(): Long = { seed = seed * 6364136223846793005L + 1442695040888963407L; seed }
  def randDouble(scale: Double): Double = {
    val r = (next() >>> 11).toDouble / 9007199254740992.0
    (r * 2.0 - 1.0) * scale
  }
  def bits(d: Double): Long = java.lang.Double.doubleToRawLongBits(d)
  def main(args: Array[String]): Unit = {
    var h = 0L
    var i = 0
    var bad = 0
    while (i < 20000) {
      val scale = if (i % 4 == 0) 1.0 else if (i % 4 == 1) 10.0 else if (i % 4 == 2) 1000.0 else 1.0e-5
      val x = randDouble(scale)
      val y = randDouble(if (i % 3 == 0) 3.0 else 40.0)
      val ax = math.abs(x) + 1.0e-300
      val r1 = StrictMath.exp(y)
      val r2 = StrictMath.log(ax)
      val r3 = StrictMath.log10(ax)
      val r4 = StrictMath.pow(ax, y)
      val r5 = StrictMath.pow(x, (y * 4).toInt.toDouble)
      val r6 = StrictMath.round(x * 100) + StrictMath.round(y.toFloat)
      h = h * 31 + bits(r1)
      h = h * 31 + bits(r2)
      h = h * 31 + bits(r3)
      h = h * 31 + bits(r4)
      h = h * 31 + bits(r5)
      h = h * 31 + r6
      if (i < 12) println(x + " " + y + " " + r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6)
      i += 1
    }
    println(h)
    val specials = Array(0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -2.5, 1.0e-310, 1.0e308, 709.8, -745.2, Double.NaN, Double.PositiveInfinity, Double.NegativeInfinity, 3.0, -3.0, 1.0000000001, 0.9999999999)
    var a = 0
    while (a < specials.length) {
      var b = 0
      while (b < specials.length) {
        println(StrictMath.pow(specials(a), specials(b)) + " " + StrictMath.exp(specials(a)) + " " + StrictMath.log(specials(a)) + " " + StrictMath.log10(specials(a)) + " " + StrictMath.round(specials(a)))
        b += 1
      }
      a += 1
    }
    println(StrictMath.pow(2, 10) + " " + StrictMath.pow(10, -3) + " " + StrictMath.pow(1.0000001, 1.0e12) + " " + StrictMath.exp(1) + " " + StrictMath.log(10) + " " + StrictMath.log10(1000) + " " + StrictMath.pow(2, -1074) + " " + StrictMath.pow(2, -1060.5))
  }
}
