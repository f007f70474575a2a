// java.lang.Double.parseDouble and Float.parseFloat (`"3.5".toDouble`, `.toFloat`): the syntax
// jdk.internal.math.FloatingDecimal accepts (surrounding blanks trimmed, a sign, NaN, Infinity, decimal digits with
// an optional point and exponent, hexadecimal `0x1.8p3`, an optional f/F/d/D suffix) and its messages, and the
// value correctly rounded to the format, as the JVM gives it. Short inputs take Clinger's exact fast path; the
// rest is exact arithmetic on natural numbers held in 16-bit limbs (`Nat`), then one rounding to nearest-even.
object FloatParsing {
  final val DIGITS_KEPT = 800  // more significant digits than any halfway point between two doubles needs

  def parseDouble(s: String): Double = java.lang.Double.longBitsToDouble(parse(s, 53, 1023))

  def parseFloat(s: String): Float = java.lang.Float.intBitsToFloat(parse(s, 24, 127).toInt)

  // The JDK names the input as given, blanks included.
  def fail(s: String): Nothing = throw new NumberFormatException("For input string: \"" + s + "\"")

  def isDigit(c: Char): Boolean = c >= '0' && c <= '9'

  def hexValue(c: Char): Int =
    if (c >= '0' && c <= '9') c - '0'
    else if (c >= 'a' && c <= 'f') c - 'a' + 10
    else if (c >= 'A' && c <= 'F') c - 'A' + 10
    else -1

  // The bits of the value of `text` in the binary format with `precision` significand bits (the hidden one
  // included) and exponent bias `bias`: Double is (53, 1023), Float (24, 127).
  def parse(text: String, precision: Int, bias: Int): Long = {
    val s = StringLib.trim(text)
    val n = s.length
    if (n == 0) throw new NumberFormatException("empty String")
    val signBit = 1L << (precision - 1 + (if (bias == 1023) 11 else 8))
    var i = 0
    var negative = false
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      negative = s.charAt(0) == '-'
      i = 1
    }
    if (i == n) fail(text)
    val sign = if (negative) signBit else 0L
    val infinity = ((2L * bias + 1L) << (precision - 1))
    val c = s.charAt(i)
    if (c == 'N') {
      if (n - i == 3 && s.substring(i, n) == "NaN") return infinity | (1L << (precision - 2))
      fail(text)
    }
    if (c == 'I') {
      if (n - i == 8 && s.substring(i, n) == "Infinity") return sign | infinity
      fail(text)
    }
    if (c == '0' && i + 1 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X'))
      return sign | parseHex(s, text, i + 2, precision, bias)
    // Decimal: the significant digits (leading zeros skipped, trailing zeros counted apart) and where the point is.
    val digits = new Array[Char](n)
    var nDigits = 0
    var nTrailZero = 0
    var nLeadZero = 0
    var pointSeen = false
    var pointAt = 0  // digits before the point, counting leading zeros
    var seenAny = 0
    var scanning = true
    while (scanning && i < n) {
      val d = s.charAt(i)
      if (d == '0' && nDigits == 0) {
        nLeadZero += 1
        seenAny += 1
      } else if (isDigit(d)) {
        digits(nDigits) = d
        nDigits += 1
        nTrailZero = if (d == '0') nTrailZero + 1 else 0
        seenAny += 1
      } else if (d == '.') {
        if (pointSeen) throw new NumberFormatException("multiple points")
        pointSeen = true
        pointAt = seenAny
      } else scanning = false
      if (scanning) i += 1
    }
    nDigits -= nTrailZero
    if (seenAny == 0) fail(text)
    // The value is 0.d1d2d3... times 10^decExp.
    var decExp: Long = if (pointSeen) pointAt.toLong - nLeadZero else (nDigits + nTrailZero).toLong
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      if (i + 1 == n) fail(text)
      val end = exponentEnd(s, i + 1)
      if (end < 0) fail(text)
      decExp += exponent(s, i + 1, end)
      i = end
    }
    checkSuffix(s, text, i)
    if (nDigits == 0) return sign
    if (decExp > 310L) return sign | infinity
    if (decExp < -330L) return sign
    sign | decimalBits(digits, nDigits, decExp.toInt, precision, bias)
  }

  // 0.d1...dn times 10^decExp, correctly rounded.
  def decimalBits(digits: Array[Char], n: Int, decExp: Int, precision: Int, bias: Int): Long = {
    val exp10 = decExp - n  // the value is the integer d1...dn times 10^exp10
    val fastDigits = if (precision == 53) 15 else 7
    val fastPowers = if (precision == 53) 22 else 10
    if (n <= fastDigits && exp10 >= -fastPowers && exp10 <= fastPowers) {
      var m = 0L
      var k = 0
      while (k < n) {
        m = m * 10L + (digits(k) - '0')
        k += 1
      }
      // Both the integer and the power of ten are exact in the format: one operation, one rounding.
      if (precision == 53) {
        val p = exactPowerOfTen(if (exp10 < 0) -exp10 else exp10)
        val v = if (exp10 < 0) m.toDouble / p else m.toDouble * p
        return java.lang.Double.doubleToRawLongBits(v)
      }
      val pf = exactPowerOfTen(if (exp10 < 0) -exp10 else exp10).toFloat
      val vf = if (exp10 < 0) m.toFloat / pf else m.toFloat * pf
      return java.lang.Float.floatToRawIntBits(vf).toLong & 0xFFFFFFFFL
    }
    val kept = if (n > DIGITS_KEPT) DIGITS_KEPT else n
    val limbs = (kept * 4 + (if (exp10 < 0) -exp10 else exp10) * 3 + 1300) / 16 + 4
    val num = new Array[Int](limbs)
    var k = 0
    while (k < kept) {
      Nat.mulAdd(num, 10, digits(k) - '0')
      k += 1
    }
    var scale = exp10
    if (kept < n) {
      // Digits past those kept only decide a tie: one more nonzero digit stands for all of them.
      Nat.mulAdd(num, 10, 1)
      scale = exp10 + (n - kept) - 1
    }
    // 10^scale = 5^scale * 2^scale: the power of two goes to the binary exponent.
    val den = new Array[Int](limbs)
    den(0) = 1
    val fives = if (scale < 0) den else num
    var f = if (scale < 0) -scale else scale
    while (f > 0) {
      val step = if (f >= 6) 6 else f
      Nat.mulAdd(fives, exactPowerOfTen(step).toInt >> step, 0)  // 5^step
      f -= step
    }
    roundQuotient(num, den, scale, precision, bias)
  }

  // Where an exponent (an optional sign, then decimal digits) starting at `from` ends; -1 when it has no digit.
  def exponentEnd(s: String, from: Int): Int = {
    var i = from
    if (i < s.length && (s.charAt(i) == '-' || s.charAt(i) == '+')) i += 1
    val digitsAt = i
    while (i < s.length && isDigit(s.charAt(i))) i += 1
    if (i == digitsAt) -1 else i
  }

  // The exponent's value, held short of overflow: past 10^8 it already means infinity or zero.
  def exponent(s: String, from: Int, end: Int): Long = {
    var i = from
    val negative = s.charAt(i) == '-'
    if (negative || s.charAt(i) == '+') i += 1
    var exp = 0L
    while (i < end) {
      if (exp < 100000000L) exp = exp * 10L + (s.charAt(i) - '0')
      i += 1
    }
    if (negative) -exp else exp
  }

  // After the number, only one f/F/d/D may follow.
  def checkSuffix(s: String, text: String, i: Int): Unit = {
    if (i < s.length) {
      val last = s.charAt(i)
      if (i != s.length - 1 || !(last == 'f' || last == 'F' || last == 'd' || last == 'D')) fail(text)
    }
  }

  def exactPowerOfTen(k: Int): Double = {
    var p = 1.0
    var j = 0
    while (j < k) {
      p *= 10.0
      j += 1
    }
    p
  }

  // `0x` already read at `from`: hexadecimal digits, an optional point, `p` and a decimal binary exponent.
  def parseHex(s: String, text: String, from: Int, precision: Int, bias: Int): Long = {
    val n = s.length
    var i = from
    val limbs = (n * 4) / 16 + 4 + (precision + 80) / 16
    val num = new Array[Int](limbs)
    var before = 0
    var after = 0
    var pointSeen = false
    var scanning = true
    while (scanning && i < n) {
      val c = s.charAt(i)
      val h = hexValue(c)
      if (h >= 0) {
        Nat.mulAdd(num, 16, h)
        if (pointSeen) after += 1 else before += 1
        i += 1
      } else if (c == '.') {
        if (pointSeen) throw new NumberFormatException("multiple points")
        pointSeen = true
        i += 1
      } else scanning = false
    }
    if (before == 0 && after == 0) fail(text)
    if (i == n || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) fail(text)
    val end = exponentEnd(s, i + 1)
    if (end < 0) fail(text)
    val binExp = exponent(s, i + 1, end) - 4L * after
    checkSuffix(s, text, end)
    if (Nat.bitLength(num) == 0) return 0L
    val top = binExp + Nat.bitLength(num)
    if (top > bias + 2L) return (2L * bias + 1L) << (precision - 1)
    if (top < -(bias + precision + 2L)) return 0L
    val den = new Array[Int](limbs)
    den(0) = 1
    roundQuotient(num, den, binExp.toInt, precision, bias)
  }

  // num / den * 2^binExp rounded to nearest-even in the format: the quotient is taken with two or three bits
  // beyond the significand, the remainder standing for everything after them.
  def roundQuotient(num: Array[Int], den: Array[Int], binExp: Int, precision: Int, bias: Int): Long = {
    val minExp = 2 - bias - precision  // the exponent of the last bit of the smallest subnormal
    val estimate = Nat.bitLength(num) - Nat.bitLength(den) + binExp  // the value is in [2^(e-1), 2^(e+1))
    val t = math.max(estimate - precision - 2, minExp - 2)
    val shift = binExp - t
    val a = if (shift > 0) Nat.shiftLeft(num, shift) else num
    val b = if (shift < 0) Nat.shiftLeft(den, -shift) else den
    var q = 0L
    var bit = Nat.bitLength(a) - Nat.bitLength(b)
    if (bit >= 0) {
      var d = Nat.shiftLeft(b, bit)
      while (bit >= 0) {
        if (Nat.compare(a, d) >= 0) {
          Nat.subtract(a, d)
          q |= 1L << bit
        }
        Nat.shiftRightOne(d)
        bit -= 1
      }
    }
    val inexact = Nat.bitLength(a) != 0
    val qBits = Nat.bitsOf(q)
    val unit = math.max(t + qBits - precision, minExp)  // the exponent of the significand's last bit
    val drop = unit - t
    var m = q >>> drop
    val half = (q >>> (drop - 1)) & 1L
    val rest = (q & ((1L << (drop - 1)) - 1L)) != 0L || inexact
    if (half == 1L && (rest || (m & 1L) == 1L)) m += 1L
    var e = unit
    if (m == (1L << precision)) {
      m = m >>> 1
      e += 1
    }
    if (m == 0L) return 0L
    if (e + precision - 1 > bias) return (2L * bias + 1L) << (precision - 1)
    val hidden = 1L << (precision - 1)
    if (m < hidden) m  // subnormal
    else ((e + precision - 1 + bias).toLong << (precision - 1)) | (m - hidden)
  }
}

// Natural numbers for FloatParsing: little-endian 16-bit limbs in an Int array of a fixed capacity.
object Nat {
  def bitsOf(x: Long): Int = {
    var v = x
    var b = 0
    while (v != 0L) {
      v = v >>> 1
      b += 1
    }
    b
  }

  def mulAdd(a: Array[Int], mul: Int, add: Int): Unit = {
    var carry = add.toLong
    var k = 0
    while (k < a.length) {
      val v = a(k).toLong * mul + carry
      a(k) = (v & 0xFFFFL).toInt
      carry = v >>> 16
      k += 1
    }
  }

  def bitLength(a: Array[Int]): Int = {
    var k = a.length - 1
    while (k >= 0 && a(k) == 0) k -= 1
    if (k < 0) 0 else k * 16 + bitsOf(a(k))
  }

  def shiftLeft(a: Array[Int], bits: Int): Array[Int] = {
    val words = bits / 16
    val small = bits % 16
    val out = new Array[Int](a.length + words + 1)
    var k = 0
    while (k < a.length) {
      val v = a(k) << small
      out(k + words) = out(k + words) | (v & 0xFFFF)
      out(k + words + 1) = v >>> 16
      k += 1
    }
    out
  }

  def shiftRightOne(a: Array[Int]): Unit = {
    var k = 0
    while (k < a.length) {
      val high = if (k + 1 < a.length) (a(k + 1) & 1) << 15 else 0
      a(k) = (a(k) >>> 1) | high
      k += 1
    }
  }

  def limb(a: Array[Int], k: Int): Int = if (k < a.length) a(k) else 0

  def compare(a: Array[Int], b: Array[Int]): Int = {
    var k = math.max(a.length, b.length) - 1
    while (k >= 0) {
      val x = limb(a, k)
      val y = limb(b, k)
      if (x != y) return if (x < y) -1 else 1
      k -= 1
    }
    0
  }

  // a -= b, where b <= a.
  def subtract(a: Array[Int], b: Array[Int]): Unit = {
    var borrow = 0
    var k = 0
    while (k < a.length) {
      var v = a(k) - limb(b, k) - borrow
      borrow = if (v < 0) 1 else 0
      if (v < 0) v += 0x10000
      a(k) = v
      k += 1
    }
  }
}
