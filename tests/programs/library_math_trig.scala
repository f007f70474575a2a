// sin, cos, tan (arguments up to 2^19 * pi/2, where a three-part pi/2 reduces them), atan, atan2 and hypot as the
// JVM's StrictMath (fdlibm) does, bit for bit on 20,000 pseudo-random arguments (hashed) and on special values.
object LibraryMathTrig {
  var seed = 987654321L
  def next(): Long = { seed = seed * 6364136223846793005L + 1442695040888963407L; seed }
  def randDouble(scale: Double): Double = {
    val r = (next() >>> 11).toDouble / 9007199254740992.0
    (r * 2.0 - 1.0) * scale
  }
  def bits(d: Double): Long = java.lang.Double.doubleToRawLongBits(d)
  def main(args: Array[String]): Unit = {
    var h = 0L
    var i = 0
    while (i < 20000) {
      val m = i % 5
      val scale = if (m == 0) 1.0 else if (m == 1) 10.0 else if (m == 2) 1000.0 else if (m == 3) 1.0e-6 else 800000.0
      val x = randDouble(scale)
      val y = randDouble(if (i % 3 == 0) 3.0 else 1.0e5)
      h = h * 31 + bits(StrictMath.sin(x))
      h = h * 31 + bits(StrictMath.cos(x))
      h = h * 31 + bits(StrictMath.tan(x))
      h = h * 31 + bits(StrictMath.atan(y))
      h = h * 31 + bits(StrictMath.atan2(y, x))
      h = h * 31 + bits(StrictMath.hypot(x, y))
      if (i < 10) println(x + " " + y + " " + StrictMath.sin(x) + " " + StrictMath.cos(x) + " " + StrictMath.tan(x) + " " + StrictMath.atan(y) + " " + StrictMath.atan2(y, x) + " " + StrictMath.hypot(x, y))
      i += 1
    }
    println(h)
    val specials = Array(0.0, -0.0, 1.0, -1.0, 0.5, 1.5707963267948966, 3.141592653589793, 1.0e-310, 1.0e308, Double.NaN, Double.PositiveInfinity, Double.NegativeInfinity, 1.0e-20, 2.4375, 0.4375, 1.1875)
    var a = 0
    while (a < specials.length) {
      var b = 0
      if (math.abs(specials(a)) < 823549.0 || specials(a) != specials(a) || specials(a) == Double.PositiveInfinity || specials(a) == Double.NegativeInfinity)
        println(StrictMath.sin(specials(a)) + " " + StrictMath.cos(specials(a)) + " " + StrictMath.tan(specials(a)))
      println(StrictMath.atan(specials(a)))
      while (b < specials.length) {
        println(StrictMath.atan2(specials(a), specials(b)) + " " + StrictMath.hypot(specials(a), specials(b)))
        b += 1
      }
      a += 1
    }
  }
}
