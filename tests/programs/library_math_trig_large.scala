// sin, cos and tan of large arguments (2^19 to 2^1024, either sign) reduced with the bits of 2/pi as fdlibm's
// __kernel_rem_pio2 does: bit for bit as the JVM's StrictMath on 20,000 pseudo-random arguments (hashed).
object LibraryMathTrigLarge {
  var seed = 4242L
  def next(): Long = { seed = seed * 6364136223846793005L + 1442695040888963407L; seed }
  def bits(d: Double): Long = java.lang.Double.doubleToRawLongBits(d)
  def main(args: Array[String]): Unit = {
    var h = 0L
    var i = 0
    var shown = 0
    while (i < 20000) {
      // doubles with exponents spread from 2^19 to 2^1023
      val e = 19 + (((next() >>> 33) % 1004).toInt)
      val mant = (next() >>> 12) | 0x3FF0000000000000L
      val x0 = java.lang.Double.longBitsToDouble(mant) * math.pow(2, e)
      val x = if ((next() & 1L) == 0L) x0 else -x0
      h = h * 31 + bits(StrictMath.sin(x))
      h = h * 31 + bits(StrictMath.cos(x))
      h = h * 31 + bits(StrictMath.tan(x))
      if (i < 8) println(x + " " + StrictMath.sin(x) + " " + StrictMath.cos(x) + " " + StrictMath.tan(x))
      i += 1
    }
    println(h)
    val specials = Array(1.0e6, 823550.0, 1.0e22, 1.0e300, Double.MaxValue, -1.0e308, 6.0e9, 1.0e15, 2.0e19, 4.5e15)
    for (x <- specials) println(StrictMath.sin(x) + " " + StrictMath.cos(x) + " " + StrictMath.tan(x))
  }
}
