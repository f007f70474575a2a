/*
 * numbers.scala -- scalawasi prelude: numbers to text.
 *
 * `object NumberFormat` produces exactly the text that Java's `String.valueOf` gives on JDK 19+ for
 * Int, Long, Double and Float (the Javadoc rules of Integer/Long/Double/Float.toString):
 *
 *   intToString(i)     decimal, leading '-' for negatives, Int.MinValue included
 *   longToString(l)    same for Long
 *   doubleToString(d)  NaN / Infinity / -Infinity / 0.0 / -0.0; plain notation for 1e-3 <= |d| < 1e7,
 *                      otherwise computerized scientific ("1.0E7", "4.9E-324"); the digits are the
 *                      SHORTEST decimal that rounds back to d, the one closest to d if several exist
 *   floatToString(f)   same rules at float precision
 *
 * This file is written in the Scala subset that scalawasi itself compiles (no string concatenation,
 * no library calls besides the raw-bits conversions and `new String(chars, offset, count)`, only
 * Int/Long arithmetic and arrays), so it can be linked into Wasm programs as ordinary code.
 *
 * Floating point digits use Raffaello Giulietti's Schubfach algorithm -- the very algorithm behind
 * Double.toString / Float.toString since JDK 19 -- ported from the JDK's DoubleToDecimal and
 * FloatToDecimal. Schubfach needs, for every decimal exponent e in [-292, 324], a 126-bit upper
 * approximation g of 10^e. Instead of shipping those 1234 Longs as a literal, each entry is computed
 * on first use with exact big-integer arithmetic (Array[Int] limbs), so it is exact by construction.
 * Fast paths skip Schubfach for integers below 2^53 (2^24) and values with a short exact decimal
 * expansion (2.5, 3.25), the common cases in programs.
 */
object NumberFormat {

  // ------------------------------------------------------------------------------------------------
  // Integers
  // ------------------------------------------------------------------------------------------------

  def intToString(i: Int): String = {
    val buf: Array[Char] = new Array[Char](11)
    var pos: Int = 11
    // Work on the negative magnitude: every Int, Int.MinValue included, has a negative counterpart,
    // while -Int.MinValue does not fit. Integer division truncates toward zero, so q * 10 - n is the
    // (non-negative) last digit.
    var n: Int = if (i < 0) i else -i
    while (n <= -10) {
      val q: Int = n / 10
      pos = pos - 1
      buf(pos) = ('0' + (q * 10 - n)).toChar
      n = q
    }
    pos = pos - 1
    buf(pos) = ('0' - n).toChar
    if (i < 0) {
      pos = pos - 1
      buf(pos) = '-'
    }
    new String(buf, pos, 11 - pos)
  }

  // For string concatenation built in place (lowering/concat.py): the length of i.toString, and i.toString
  // written into `out` at `at` (returns the index after it). The digits are intToString's.
  def intLength(i: Int): Int = {
    var n: Int = if (i < 0) i else -i
    var length: Int = if (i < 0) 2 else 1
    while (n <= -10) {
      n = n / 10
      length = length + 1
    }
    length
  }

  def writeInt(out: Array[Char], at: Int, i: Int): Int = {
    val end: Int = at + intLength(i)
    var pos: Int = end
    var n: Int = if (i < 0) i else -i
    while (n <= -10) {
      val q: Int = n / 10
      pos = pos - 1
      out(pos) = ('0' + (q * 10 - n)).toChar
      n = q
    }
    pos = pos - 1
    out(pos) = ('0' - n).toChar
    if (i < 0) {
      pos = pos - 1
      out(pos) = '-'
    }
    end
  }

  def longToString(l: Long): String = {
    val buf: Array[Char] = new Array[Char](20)
    var pos: Int = 20
    // Same negative-magnitude trick as intToString, for Long.MinValue.
    var n: Long = if (l < 0L) l else -l
    while (n <= -10L) {
      val q: Long = n / 10L
      pos = pos - 1
      buf(pos) = ('0' + (q * 10L - n).toInt).toChar
      n = q
    }
    pos = pos - 1
    buf(pos) = ('0' - n.toInt).toChar
    if (l < 0L) {
      pos = pos - 1
      buf(pos) = '-'
    }
    new String(buf, pos, 20 - pos)
  }

  // ------------------------------------------------------------------------------------------------
  // Double and Float: entry points
  // ------------------------------------------------------------------------------------------------

  def doubleToString(d: Double): String = {
    // The longest outputs are like "-1.7976931348623157E308" (23 chars) or "-0.0012345678901234567".
    val buf: Array[Char] = new Array[Char](32)
    val len: Int = nfWriteDouble(buf, d)
    new String(buf, 0, len)
  }

  def floatToString(f: Float): String = {
    val buf: Array[Char] = new Array[Char](32)
    val len: Int = nfWriteFloat(buf, f)
    new String(buf, 0, len)
  }

  // Writes the text of d into buf from index 0; returns the length.
  private def nfWriteDouble(buf: Array[Char], d: Double): Int = {
    val bits: Long = java.lang.Double.doubleToRawLongBits(d)
    val t: Long = bits & ((1L << 52) - 1L)             // trailing significand bits
    val bq: Int = ((bits >>> 52) & 2047L).toInt          // biased exponent
    if (bq == 2047) {
      if (t != 0L) {
        return nfWriteNaN(buf)
      }
      return nfWriteInfinity(buf, bits < 0L)
    }
    var pos: Int = 0
    if (bits < 0L) {
      buf(0) = '-'
      pos = 1
    }
    if (bq != 0) {
      // Normal value c * 2^q with c = 2^52 | t, q = bq - 1075; mq = -q.
      val mq: Int = 1075 - bq
      val c: Long = (1L << 52) | t
      // Fast path (section 8.3 of Giulietti's paper): an integer below 2^53 is printed with all its
      // digits -- the neighbouring doubles are at most 1 apart, so no shorter decimal rounds to it.
      if (0 < mq && mq < 53) {
        val f: Long = c >> mq
        if ((f << mq) == c) {
          return nfWriteDecimal(buf, pos, f, 0)
        }
      }
      if (mq > 0) {
        val exact: Int = nfTryExactDecimal(buf, pos, c, mq, 1000000000000000L)
        if (exact >= 0) {
          return exact
        }
      }
      return nfDoubleDecimal(buf, pos, -mq, c, 0)
    }
    if (t != 0L) {
      // Subnormal. For the tiniest significands (1 and 2) Schubfach works on 10 * c and an exponent
      // one lower, which yields the 2-digit results the JDK specifies ("4.9E-324", "9.9E-324").
      if (t < 3L) {
        return nfDoubleDecimal(buf, pos, -1074, 10L * t, -1)
      }
      return nfDoubleDecimal(buf, pos, -1074, t, 0)
    }
    nfWriteZero(buf, pos)
  }

  private def nfWriteFloat(buf: Array[Char], f: Float): Int = {
    val bits: Int = java.lang.Float.floatToRawIntBits(f)
    val t: Int = bits & ((1 << 23) - 1)
    val bq: Int = (bits >>> 23) & 255
    if (bq == 255) {
      if (t != 0) {
        return nfWriteNaN(buf)
      }
      return nfWriteInfinity(buf, bits < 0)
    }
    var pos: Int = 0
    if (bits < 0) {
      buf(0) = '-'
      pos = 1
    }
    if (bq != 0) {
      val mq: Int = 150 - bq
      val c: Int = (1 << 23) | t
      if (0 < mq && mq < 24) {
        val fi: Int = c >> mq
        if ((fi << mq) == c) {
          return nfWriteDecimal(buf, pos, fi.toLong, 0)
        }
      }
      if (mq > 0) {
        val exact: Int = nfTryExactDecimal(buf, pos, c.toLong, mq, 10000000L)
        if (exact >= 0) {
          return exact
        }
      }
      return nfFloatDecimal(buf, pos, -mq, c, 0)
    }
    if (t != 0) {
      if (t < 8) {
        return nfFloatDecimal(buf, pos, -149, 10 * t, -1)
      }
      return nfFloatDecimal(buf, pos, -149, t, 0)
    }
    nfWriteZero(buf, pos)
  }

  // Fast path for values with a short exact decimal expansion (2.5, 3.25, 0.125, 1234.5):
  // v = c * 2^-mq = c' * 5^m * 10^-m once the trailing zero bits of c are removed. If f = c' * 5^m
  // is below `limit` (10^15 for doubles, 10^7 for floats) then f * 10^-m is the answer: any decimal
  // with fewer digits differs from v by at least one unit of v's last digit, i.e. by more than
  // v * 10^-15 (10^-7), which exceeds the half-gap to the neighbouring doubles, v * 2^-53 (floats:
  // v * 2^-24). So v itself is the unique shortest decimal, and the exact one. Returns the end
  // position after writing, or -1 when the path does not apply.
  private def nfTryExactDecimal(buf: Array[Char], pos: Int, c0: Long, mq: Int, limit: Long): Int = {
    var c: Long = c0
    var m: Int = mq
    while (m > 0 && (c & 1L) == 0L) {
      c = c >> 1
      m = m - 1
    }
    if (m > 22) {
      return -1
    }
    var f: Long = c
    var i: Int = 0
    while (i < m) {
      if (f >= limit / 5L) {
        return -1
      }
      f = f * 5L
      i = i + 1
    }
    if (f >= limit) {
      return -1
    }
    nfWriteDecimal(buf, pos, f, -m)
  }

  // ------------------------------------------------------------------------------------------------
  // Schubfach core
  //
  // The value is v = c * 2^q. Its rounding interval R (the reals that round to v) has bounds
  // (c - 1/2) 2^q and (c + 1/2) 2^q, except when c is the smallest normal significand, where the
  // lower neighbour is closer: (c - 1/4) 2^q. R is closed when c is even (round half to even).
  // With k = floor(log10(2^q)) (or of 3/4 * 2^q in the asymmetric case), the scaled quantities
  // vb, vbl, vbr ~ 4 * {v, lower bound, upper bound} * 10^-k are computed by a single 64 x 126-bit
  // multiplication ("rop", round to odd), which keeps enough information to compare exactly.
  // Candidates: s = floor(v 10^-k) and s+1, or, when possible, their multiples of ten (one digit
  // shorter). Whichever lies in R is chosen; when both do, the one closer to v (ties: even).
  // ------------------------------------------------------------------------------------------------

  // floor(q * log10(2)), valid for |q| <= 5456721
  private def nfFlog10Pow2(q: Int): Int = {
    ((q.toLong * 661971961083L) >> 41).toInt
  }

  // floor(log10(3/4 * 2^q)), valid for |q| <= 2^20
  private def nfFlog10ThreeQuartersPow2(q: Int): Int = {
    ((q.toLong * 661971961083L - 274743187321L) >> 41).toInt
  }

  // floor(e * log2(10)), valid for |e| <= 1838394
  private def nfFlog2Pow10(e: Int): Int = {
    ((e.toLong * 913124641741L) >> 38).toInt
  }

  // High 64 bits of the unsigned 128-bit product x * y, from 32-bit halves.
  private def nfMulHigh(x: Long, y: Long): Long = {
    val mask: Long = (1L << 32) - 1L
    val x0: Long = x & mask
    val x1: Long = x >>> 32
    val y0: Long = y & mask
    val y1: Long = y >>> 32
    val p00: Long = x0 * y0
    val p01: Long = x0 * y1
    val p10: Long = x1 * y0
    val p11: Long = x1 * y1
    val mid: Long = (p00 >>> 32) + (p01 & mask) + (p10 & mask)
    p11 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32)
  }

  // Round to odd of g * cp / 2^127, where g = g1 * 2^63 + g0 (both halves 63 bits).
  private def nfRopDouble(g1: Long, g0: Long, cp: Long): Long = {
    val x1: Long = nfMulHigh(g0, cp)
    val y0: Long = g1 * cp
    val y1: Long = nfMulHigh(g1, cp)
    val z: Long = (y0 >>> 1) + x1
    val vbp: Long = y1 + (z >>> 63)
    vbp | (((z & Long.MaxValue) + Long.MaxValue) >>> 63)
  }

  // Round to odd of g * cp / 2^95 (float precision needs only the 63 upper bits of the table entry).
  private def nfRopFloat(g: Long, cp: Long): Int = {
    val mask: Long = (1L << 32) - 1L
    val x1: Long = nfMulHigh(g, cp)
    val vbp: Long = x1 >>> 31
    (vbp | (((x1 & mask) + mask) >>> 32)).toInt
  }

  // Writes the shortest decimal for c * 2^q (c has been multiplied by 10 when dk = -1).
  private def nfDoubleDecimal(buf: Array[Char], pos: Int, q: Int, c: Long, dk: Int): Int = {
    val out: Long = c & 1L
    val cb: Long = c << 2
    val cbr: Long = cb + 2L
    var cbl: Long = 0L
    var k: Int = 0
    if (c != (1L << 52) || q == -1074) {
      cbl = cb - 2L
      k = nfFlog10Pow2(q)
    } else {
      cbl = cb - 1L
      k = nfFlog10ThreeQuartersPow2(q)
    }
    val h: Int = q + nfFlog2Pow10(-k) + 2
    val idx: Int = nfPow10Index(-k)
    val g1: Long = nfPow10Table(idx)
    val g0: Long = nfPow10Table(idx + 1)
    val vb: Long = nfRopDouble(g1, g0, cb << h)
    val vbl: Long = nfRopDouble(g1, g0, cbl << h)
    val vbr: Long = nfRopDouble(g1, g0, cbr << h)
    val s: Long = vb >> 2
    if (s >= 100L) {
      // Try the multiples of ten around v first: one digit shorter. sp10 = 10 * floor(s / 10).
      val sp10: Long = 10L * nfMulHigh(s, 1844674407370955168L)
      val tp10: Long = sp10 + 10L
      val upin: Boolean = (vbl + out) <= (sp10 << 2)
      val wpin: Boolean = ((tp10 << 2) + out) <= vbr
      if (upin != wpin) {
        val shorter: Long = if (upin) sp10 else tp10
        return nfWriteDecimal(buf, pos, shorter, k)
      }
    }
    val t: Long = s + 1L
    val uin: Boolean = (vbl + out) <= (s << 2)
    val win: Boolean = ((t << 2) + out) <= vbr
    if (uin != win) {
      val single: Long = if (uin) s else t
      return nfWriteDecimal(buf, pos, single, k + dk)
    }
    // Both (or, by the theory, never neither) are in R: take the closer, ties to even.
    val cmp: Long = vb - ((s + t) << 1)
    val closer: Long = if (cmp < 0L || (cmp == 0L && (s & 1L) == 0L)) s else t
    nfWriteDecimal(buf, pos, closer, k + dk)
  }

  private def nfFloatDecimal(buf: Array[Char], pos: Int, q: Int, c: Int, dk: Int): Int = {
    val out: Int = c & 1
    val cb: Long = (c << 2).toLong
    val cbr: Long = cb + 2L
    var cbl: Long = 0L
    var k: Int = 0
    if (c != (1 << 23) || q == -149) {
      cbl = cb - 2L
      k = nfFlog10Pow2(q)
    } else {
      cbl = cb - 1L
      k = nfFlog10ThreeQuartersPow2(q)
    }
    val h: Int = q + nfFlog2Pow10(-k) + 33
    val g: Long = nfPow10Table(nfPow10Index(-k)) + 1L
    val vb: Int = nfRopFloat(g, cb << h)
    val vbl: Int = nfRopFloat(g, cbl << h)
    val vbr: Int = nfRopFloat(g, cbr << h)
    val s: Int = vb >> 2
    if (s >= 100) {
      val sp10: Int = 10 * ((s.toLong * 1717986919L) >>> 34).toInt
      val tp10: Int = sp10 + 10
      val upin: Boolean = (vbl + out) <= (sp10 << 2)
      val wpin: Boolean = ((tp10 << 2) + out) <= vbr
      if (upin != wpin) {
        val shorter: Int = if (upin) sp10 else tp10
        return nfWriteDecimal(buf, pos, shorter.toLong, k)
      }
    }
    val t: Int = s + 1
    val uin: Boolean = (vbl + out) <= (s << 2)
    val win: Boolean = ((t << 2) + out) <= vbr
    if (uin != win) {
      val single: Int = if (uin) s else t
      return nfWriteDecimal(buf, pos, single.toLong, k + dk)
    }
    val cmp: Int = vb - ((s + t) << 1)
    val closer: Int = if (cmp < 0 || (cmp == 0 && (s & 1) == 0)) s else t
    nfWriteDecimal(buf, pos, closer.toLong, k + dk)
  }

  // ------------------------------------------------------------------------------------------------
  // Layout: f * 10^e (f > 0) in Java's format
  // ------------------------------------------------------------------------------------------------

  private def nfWriteDecimal(buf: Array[Char], pos: Int, f0: Long, e0: Int): Int = {
    var f: Long = f0
    var e: Int = e0
    while (f % 10L == 0L) {
      f = f / 10L
      e = e + 1
    }
    // The digits, least significant first.
    val digs: Array[Char] = new Array[Char](20)
    var n: Int = 0
    while (f != 0L) {
      digs(n) = ('0' + (f % 10L).toInt).toChar
      f = f / 10L
      n = n + 1
    }
    val exp: Int = e + n - 1          // decimal exponent of the leading digit
    var p: Int = pos
    var i: Int = 0
    if (exp >= -3 && exp < 7) {
      if (exp >= 0) {
        // Integer part, padded with zeros when the digits end before the point.
        while (i <= exp) {
          buf(p) = if (i < n) digs(n - 1 - i) else '0'
          p = p + 1
          i = i + 1
        }
        buf(p) = '.'
        p = p + 1
        if (n <= exp + 1) {
          buf(p) = '0'
          p = p + 1
        }
        while (i < n) {
          buf(p) = digs(n - 1 - i)
          p = p + 1
          i = i + 1
        }
      } else {
        buf(p) = '0'
        buf(p + 1) = '.'
        p = p + 2
        var z: Int = -exp - 1
        while (z > 0) {
          buf(p) = '0'
          p = p + 1
          z = z - 1
        }
        while (i < n) {
          buf(p) = digs(n - 1 - i)
          p = p + 1
          i = i + 1
        }
      }
      return p
    }
    // Computerized scientific notation: d.ddddE[-]xx
    buf(p) = digs(n - 1)
    buf(p + 1) = '.'
    p = p + 2
    if (n == 1) {
      buf(p) = '0'
      p = p + 1
    }
    i = 1
    while (i < n) {
      buf(p) = digs(n - 1 - i)
      p = p + 1
      i = i + 1
    }
    buf(p) = 'E'
    p = p + 1
    var x: Int = exp
    if (x < 0) {
      buf(p) = '-'
      p = p + 1
      x = -x
    }
    if (x >= 100) {
      buf(p) = ('0' + x / 100).toChar
      p = p + 1
    }
    if (x >= 10) {
      buf(p) = ('0' + (x / 10) % 10).toChar
      p = p + 1
    }
    buf(p) = ('0' + x % 10).toChar
    p + 1
  }

  private def nfWriteZero(buf: Array[Char], pos: Int): Int = {
    buf(pos) = '0'
    buf(pos + 1) = '.'
    buf(pos + 2) = '0'
    pos + 3
  }

  private def nfWriteNaN(buf: Array[Char]): Int = {
    buf(0) = 'N'
    buf(1) = 'a'
    buf(2) = 'N'
    3
  }

  private def nfWriteInfinity(buf: Array[Char], negative: Boolean): Int = {
    var p: Int = 0
    if (negative) {
      buf(0) = '-'
      p = 1
    }
    buf(p) = 'I'
    buf(p + 1) = 'n'
    buf(p + 2) = 'f'
    buf(p + 3) = 'i'
    buf(p + 4) = 'n'
    buf(p + 5) = 'i'
    buf(p + 6) = 't'
    buf(p + 7) = 'y'
    p + 8
  }

  // ------------------------------------------------------------------------------------------------
  // The table of powers of ten
  //
  // For e in [-292, 324] write 10^e = beta * 2^r with 2^125 <= beta < 2^126 and let g = floor(beta) + 1.
  // nfPow10Table(2 * (e + 292)) holds the upper 63 bits of g, the next slot the lower 63 bits.
  // (Schubfach indexes by k = -e.) An entry is computed exactly, from 5^m (m = |e|), the first time it is
  // needed; an upper half of 0 marks "not yet computed" (a real one is >= 2^62). Each entry costs some
  // thousand limb operations, so programs that print a few numbers never pay for the whole table.
  //   e = m >= 0:  10^e = 5^m * 2^m, so beta = 5^m shifted to 126 bits (bits below are dropped).
  //   e = -m < 0:  beta = 2^(125 + b) / 5^m where b is the bit length of 5^m: a 126-bit quotient,
  //                computed by binary long division (the remainder starts at 2^b, the first
  //                power of two exceeding 5^m).
  // ------------------------------------------------------------------------------------------------

  private val nfPow10Table: Array[Long] = new Array[Long](2 * 617)

  // Index of the entry for 10^e; computes the entry first if needed.
  private def nfPow10Index(e: Int): Int = {
    val idx: Int = 2 * (e + 292)
    if (nfPow10Table(idx) == 0L) {
      nfComputePow10(e)
    }
    idx
  }

  private def nfComputePow10(e: Int): Unit = {
    val m: Int = if (e < 0) -e else e
    // 5^m, 13 factors of 5 at a time (5^13 = 1220703125 fits in an Int)
    val pow5: Array[Int] = new Array[Int](26)     // 5^324 < 2^753: 24 limbs of 32 bits
    pow5(0) = 1
    var len5: Int = 1
    var left: Int = m
    while (left >= 13) {
      len5 = nfBigMulSmall(pow5, len5, 1220703125)
      left = left - 13
    }
    var small: Int = 1
    while (left > 0) {
      small = small * 5
      left = left - 1
    }
    len5 = nfBigMulSmall(pow5, len5, small)
    val b: Int = nfBigBitLength(pow5, len5)
    if (e >= 0) {
      // the top 126 bits of 5^m
      val shift: Int = b - 126
      nfStorePow10(e, nfBigBits63(pow5, len5, shift + 63), nfBigBits63(pow5, len5, shift))
    } else {
      // floor(2^(125 + b) / 5^m), one quotient bit per step
      val rem: Array[Int] = new Array[Int](26)
      rem(b >> 5) = 1 << (b & 31)
      var remLen: Int = (b >> 5) + 1
      remLen = nfBigSub(rem, remLen, pow5, len5)
      var hi: Long = 0L
      var lo: Long = 1L
      var i: Int = 0
      while (i < 125) {
        remLen = nfBigShl1(rem, remLen)
        hi = (hi << 1) | (lo >>> 62)
        lo = (lo << 1) & Long.MaxValue
        if (nfBigCompare(rem, remLen, pow5, len5) >= 0) {
          remLen = nfBigSub(rem, remLen, pow5, len5)
          lo = lo | 1L
        }
        i = i + 1
      }
      nfStorePow10(e, hi, lo)
    }
  }

  // Stores g = floor(beta) + 1 given floor(beta) as two 63-bit halves.
  private def nfStorePow10(e: Int, hi: Long, lo: Long): Unit = {
    var h: Long = hi
    var l: Long = lo + 1L
    if (l < 0L) {
      l = 0L
      h = h + 1L
    }
    nfPow10Table(2 * (e + 292) + 1) = l
    nfPow10Table(2 * (e + 292)) = h
  }

  // Little-endian big naturals: a(0 until len) are 32-bit limbs, read as unsigned.

  private def nfBigBitLength(a: Array[Int], len: Int): Int = {
    var top: Int = a(len - 1)
    var bits: Int = 32 * (len - 1)
    while (top != 0) {
      bits = bits + 1
      top = top >>> 1
    }
    bits
  }

  // Bits pos .. pos+62 of a as a Long (bits outside the number, also negative positions, are 0).
  private def nfBigBits63(a: Array[Int], len: Int, pos: Int): Long = {
    var r: Long = 0L
    var i: Int = 0
    while (i < 63) {
      val bit: Int = pos + i
      if (bit >= 0 && bit < 32 * len) {
        val v: Int = (a(bit >> 5) >>> (bit & 31)) & 1
        r = r | (v.toLong << i)
      }
      i = i + 1
    }
    r
  }

  // a := a * m in place; returns the new length.
  private def nfBigMulSmall(a: Array[Int], len: Int, m: Int): Int = {
    var carry: Long = 0L
    var i: Int = 0
    while (i < len) {
      val v: Long = (a(i).toLong & 4294967295L) * m.toLong + carry
      a(i) = v.toInt
      carry = v >>> 32
      i = i + 1
    }
    if (carry != 0L) {
      a(len) = carry.toInt
      return len + 1
    }
    len
  }

  // a := a * 2 in place; returns the new length.
  private def nfBigShl1(a: Array[Int], len: Int): Int = {
    var carry: Int = 0
    var i: Int = 0
    while (i < len) {
      val v: Int = a(i)
      a(i) = (v << 1) | carry
      carry = v >>> 31
      i = i + 1
    }
    if (carry != 0) {
      a(len) = carry
      return len + 1
    }
    len
  }

  // Sign of a - b (both normalized: no leading zero limbs).
  private def nfBigCompare(a: Array[Int], alen: Int, b: Array[Int], blen: Int): Int = {
    if (alen != blen) {
      return if (alen < blen) -1 else 1
    }
    var i: Int = alen - 1
    while (i >= 0) {
      val x: Long = a(i).toLong & 4294967295L
      val y: Long = b(i).toLong & 4294967295L
      if (x != y) {
        return if (x < y) -1 else 1
      }
      i = i - 1
    }
    0
  }

  // a := a - b in place (requires a >= b); returns the new length.
  private def nfBigSub(a: Array[Int], alen: Int, b: Array[Int], blen: Int): Int = {
    var borrow: Long = 0L
    var i: Int = 0
    while (i < alen) {
      val y: Long = if (i < blen) (b(i).toLong & 4294967295L) else 0L
      val diff: Long = (a(i).toLong & 4294967295L) - y - borrow
      a(i) = diff.toInt
      borrow = if (diff < 0L) 1L else 0L
      i = i + 1
    }
    var n: Int = alen
    while (n > 1 && a(n - 1) == 0) {
      n = n - 1
    }
    n
  }
}
