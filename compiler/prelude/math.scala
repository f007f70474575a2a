// scala.math / java.lang.Math functions that Wasm has no instruction for, bit for bit as the JVM's StrictMath
// computes them: fdlibm 5.3's algorithms (which StrictMath specifies), written in the subset with the high and low
// 32-bit words of a double taken apart and put together through its raw bits. Linked only when reached.
object MathLib {
  // ------------------------------------------------------------------------------------------------ words

  def hi(x: Double): Int = (java.lang.Double.doubleToRawLongBits(x) >> 32).toInt

  def lo(x: Double): Int = java.lang.Double.doubleToRawLongBits(x).toInt

  def fromWords(high: Int, low: Int): Double =
    java.lang.Double.longBitsToDouble((high.toLong << 32) | (low.toLong & 0xFFFFFFFFL))

  def withHi(x: Double, high: Int): Double = fromWords(high, lo(x))

  def withLo(x: Double, low: Int): Double = fromWords(hi(x), low)

  // x * 2^n, rounded once (fdlibm's scalbn for the results of exp and pow).
  def scalbn(x: Double, n: Int): Double = {
    if (n > 1023) return scalbn(x * 8.98846567431158e307, n - 1023)
    if (n < -1022) return scalbn(x * 2.2250738585072014E-308 * 9007199254740992.0, n + 1022 - 53)
    x * fromWords((0x3FF + n) << 20, 0)
  }

  // ------------------------------------------------------------------------------------------------ exp, log

  final val Ln2Hi = 6.93147180369123816490e-01
  final val Ln2Lo = 1.90821492927058770002e-10
  final val InvLn2 = 1.44269504088896338700e+00
  final val P1 = 1.66666666666666019037e-01
  final val P2 = -2.77777777770155933842e-03
  final val P3 = 6.61375632143793436117e-05
  final val P4 = -1.65339022054652515390e-06
  final val P5 = 4.13813679705723846039e-08
  final val Huge = 1.0e300
  final val Tiny = 1.0e-300
  final val TwoM1000 = 9.33263618503218878990e-302
  final val Two54 = 1.80143985094819840000e+16

  def exp(x0: Double): Double = {
    var x = x0
    var hx = hi(x)
    val xsb = (hx >>> 31) & 1
    hx = hx & 0x7FFFFFFF
    if (hx >= 0x40862E42) {
      if (hx >= 0x7FF00000) {
        if (((hx & 0xFFFFF) | lo(x)) != 0) return x + x
        return if (xsb == 0) x else 0.0
      }
      if (x > 7.09782712893383973096e+02) return Huge * Huge
      if (x < -7.45133219101941108420e+02) return TwoM1000 * TwoM1000
    }
    var k = 0
    var high = 0.0
    var low = 0.0
    if (hx > 0x3FD62E42) {
      if (hx < 0x3FF0A2B2) {
        if (xsb == 0) { high = x - Ln2Hi; low = Ln2Lo; k = 1 }
        else { high = x + Ln2Hi; low = -Ln2Lo; k = -1 }
      } else {
        k = (InvLn2 * x + (if (xsb == 0) 0.5 else -0.5)).toInt
        val t = k.toDouble
        high = x - t * Ln2Hi
        low = t * Ln2Lo
      }
      x = high - low
    } else if (hx < 0x3E300000) {
      if (Huge + x > 1.0) return 1.0 + x
    }
    val t = x * x
    val c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
    if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x)
    val y = 1.0 - ((low - (x * c) / (2.0 - c)) - high)
    if (k >= -1021) withHi(y, hi(y) + (k << 20))
    else withHi(y, hi(y) + ((k + 1000) << 20)) * TwoM1000
  }

  final val Lg1 = 6.666666666666735130e-01
  final val Lg2 = 3.999999999940941908e-01
  final val Lg3 = 2.857142874366239149e-01
  final val Lg4 = 2.222219843214978396e-01
  final val Lg5 = 1.818357216161805012e-01
  final val Lg6 = 1.531383769920937332e-01
  final val Lg7 = 1.479819860511658591e-01

  def log(x0: Double): Double = {
    var x = x0
    var hx = hi(x)
    val lx = lo(x)
    var k = 0
    if (hx < 0x00100000) {
      if (((hx & 0x7FFFFFFF) | lx) == 0) return Double.NegativeInfinity
      if (hx < 0) return Double.NaN
      k -= 54
      x *= Two54
      hx = hi(x)
    }
    if (hx >= 0x7FF00000) return x + x
    k += (hx >> 20) - 1023
    hx = hx & 0x000FFFFF
    var i = (hx + 0x95F64) & 0x100000
    x = withHi(x, hx | (i ^ 0x3FF00000))
    k += i >> 20
    val f = x - 1.0
    if ((0x000FFFFF & (2 + hx)) < 3) {
      if (f == 0.0) {
        if (k == 0) return 0.0
        val dk = k.toDouble
        return dk * Ln2Hi + dk * Ln2Lo
      }
      val r = f * f * (0.5 - 0.33333333333333333 * f)
      if (k == 0) return f - r
      val dk = k.toDouble
      return dk * Ln2Hi - ((r - dk * Ln2Lo) - f)
    }
    val s = f / (2.0 + f)
    val dk = k.toDouble
    val z = s * s
    i = hx - 0x6147A
    val w = z * z
    val j = 0x6B851 - hx
    val t1 = w * (Lg2 + w * (Lg4 + w * Lg6))
    val t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)))
    i = i | j
    val r = t2 + t1
    if (i > 0) {
      val hfsq = 0.5 * f * f
      if (k == 0) f - (hfsq - s * (hfsq + r))
      else dk * Ln2Hi - ((hfsq - (s * (hfsq + r) + dk * Ln2Lo)) - f)
    } else {
      if (k == 0) f - s * (f - r)
      else dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f)
    }
  }

  def log10(x0: Double): Double = {
    var x = x0
    var hx = hi(x)
    val lx = lo(x)
    var k = 0
    if (hx < 0x00100000) {
      if (((hx & 0x7FFFFFFF) | lx) == 0) return Double.NegativeInfinity
      if (hx < 0) return Double.NaN
      k -= 54
      x *= Two54
      hx = hi(x)
    }
    if (hx >= 0x7FF00000) return x + x
    k += (hx >> 20) - 1023
    val i = (k >>> 31)
    hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20)
    val y = (k + i).toDouble
    x = withHi(x, hx)
    val z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(x)
    z + y * 3.01029995663611771306e-01
  }

  // ------------------------------------------------------------------------------------------------ pow

  final val L1 = 5.99999999999994648725e-01
  final val L2 = 4.28571428578550184252e-01
  final val L3 = 3.33333329818377432918e-01
  final val L4 = 2.72728123808534006489e-01
  final val L5 = 2.30660745775561754067e-01
  final val L6 = 2.06975017800338417784e-01
  final val Lg2Full = 6.93147180559945286227e-01
  final val Lg2H = 6.93147182464599609375e-01
  final val Lg2L = -1.90465429995776804525e-09
  final val Ovt = 8.0085662595372944372e-17
  final val Cp = 9.61796693925975554329e-01
  final val CpH = 9.61796700954437255859e-01
  final val CpL = -7.02846165095275826516e-09
  final val IvLn2 = 1.44269504088896338700e+00
  final val IvLn2H = 1.44269502162933349609e+00
  final val IvLn2L = 1.92596299112661746887e-08
  final val DpH1 = 5.84962487220764160156e-01
  final val DpL1 = 1.35003920212974897128e-08

  def pow(x: Double, y: Double): Double = {
    val hx = hi(x)
    val lx = lo(x)
    val hy = hi(y)
    val ly = lo(y)
    var ix = hx & 0x7FFFFFFF
    val iy = hy & 0x7FFFFFFF
    if ((iy | ly) == 0) return 1.0
    if (ix > 0x7FF00000 || (ix == 0x7FF00000 && lx != 0) || iy > 0x7FF00000 || (iy == 0x7FF00000 && ly != 0))
      return x + y
    // yisint: 0 when y is not an integer, 1 when odd, 2 when even (asked only for negative x)
    var yisint = 0
    if (hx < 0) {
      if (iy >= 0x43400000) yisint = 2
      else if (iy >= 0x3FF00000) {
        val k = (iy >> 20) - 0x3FF
        if (k > 20) {
          val j = ly >>> (52 - k)
          if ((j << (52 - k)) == ly) yisint = 2 - (j & 1)
        } else if (ly == 0) {
          val j = iy >> (20 - k)
          if ((j << (20 - k)) == iy) yisint = 2 - (j & 1)
        }
      }
    }
    if (ly == 0) {
      if (iy == 0x7FF00000) {
        if (((ix - 0x3FF00000) | lx) == 0) return y - y
        else if (ix >= 0x3FF00000) return if (hy >= 0) y else 0.0
        else return if (hy < 0) -y else 0.0
      }
      if (iy == 0x3FF00000) return if (hy < 0) 1.0 / x else x
      if (hy == 0x40000000) return x * x
      if (hy == 0x3FE00000 && hx >= 0) return math.sqrt(x)
    }
    var ax = math.abs(x)
    if (lx == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000)) {
      var z = ax
      if (hy < 0) z = 1.0 / z
      if (hx < 0) {
        if (((ix - 0x3FF00000) | yisint) == 0) z = (z - z) / (z - z)
        else if (yisint == 1) z = -z
      }
      return z
    }
    var n = (hx >>> 31) ^ 1  // 0 for negative x, else 1
    if ((n | yisint) == 0) return (x - x) / (x - x)
    var s = 1.0
    if ((n | (yisint - 1)) == 0) s = -1.0
    var t1 = 0.0
    var t2 = 0.0
    if (iy > 0x41E00000) {
      if (iy > 0x43F00000) {
        if (ix <= 0x3FEFFFFF) return if (hy < 0) Huge * Huge else Tiny * Tiny
        if (ix >= 0x3FF00000) return if (hy > 0) Huge * Huge else Tiny * Tiny
      }
      if (ix < 0x3FEFFFFF) return if (hy < 0) s * Huge * Huge else s * Tiny * Tiny
      if (ix > 0x3FF00000) return if (hy > 0) s * Huge * Huge else s * Tiny * Tiny
      val t = ax - 1.0
      val w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
      val u = IvLn2H * t
      val v = t * IvLn2L - w * IvLn2
      t1 = withLo(u + v, 0)
      t2 = v - (t1 - u)
    } else {
      n = 0
      if (ix < 0x00100000) {
        ax *= 9007199254740992.0
        n -= 53
        ix = hi(ax)
      }
      n += (ix >> 20) - 0x3FF
      val j = ix & 0x000FFFFF
      ix = j | 0x3FF00000
      var k = 0
      if (j <= 0x3988E) k = 0
      else if (j < 0xBB67A) k = 1
      else {
        k = 0
        n += 1
        ix -= 0x00100000
      }
      ax = withHi(ax, ix)
      val bp = if (k == 0) 1.0 else 1.5
      var u = ax - bp
      var v = 1.0 / (ax + bp)
      val ss = u * v
      val sH = withLo(ss, 0)
      var tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0)
      var tL = ax - (tH - bp)
      val sL = v * ((u - sH * tH) - sH * tL)
      var s2 = ss * ss
      var r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))))
      r += sL * (sH + ss)
      s2 = sH * sH
      tH = withLo(3.0 + s2 + r, 0)
      tL = r - ((tH - 3.0) - s2)
      u = sH * tH
      v = sL * tH + tL * ss
      val pH = withLo(u + v, 0)
      val pL = v - (pH - u)
      val zH = CpH * pH
      val zL = CpL * pH + pL * Cp + (if (k == 0) 0.0 else DpL1)
      val dpH = if (k == 0) 0.0 else DpH1
      val t = n.toDouble
      t1 = withLo(((zH + zL) + dpH) + t, 0)
      t2 = zL - (((t1 - t) - dpH) - zH)
    }
    val y1 = withLo(y, 0)
    val pL = (y - y1) * t1 + y * t2
    var pH = y1 * t1
    var z = pL + pH
    var j = hi(z)
    val i = lo(z)
    if (j >= 0x40900000) {
      if (((j - 0x40900000) | i) != 0) return s * Huge * Huge
      if (pL + Ovt > z - pH) return s * Huge * Huge
    } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) {
      if (((j - 0xC090CC00) | i) != 0) return s * Tiny * Tiny
      if (pL <= z - pH) return s * Tiny * Tiny
    }
    val ii = j & 0x7FFFFFFF
    var k = (ii >> 20) - 0x3FF
    n = 0
    if (ii > 0x3FE00000) {
      n = j + (0x00100000 >> (k + 1))
      k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF
      val t = fromWords(n & ~(0x000FFFFF >> k), 0)
      n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k)
      if (j < 0) n = -n
      pH -= t
    }
    val t = withLo(pL + pH, 0)
    val u = t * Lg2H
    val v = (pL - (t - pH)) * Lg2Full + t * Lg2L
    z = u + v
    val w = v - (z - u)
    val tt = z * z
    val tt1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))))
    val r = (z * tt1) / (tt1 - 2.0) - (w + z * w)
    z = 1.0 - (r - z)
    j = hi(z) + (n << 20)
    if ((j >> 20) <= 0) z = scalbn(z, n)
    else z = withHi(z, j)
    s * z
  }

  // ------------------------------------------------------------------------------------------------ sin, cos, tan

  final val S1 = -1.66666666666666324348e-01
  final val S2 = 8.33333333332248946124e-03
  final val S3 = -1.98412698298579493134e-04
  final val S4 = 2.75573137070700676789e-06
  final val S5 = -2.50507602534068634195e-08
  final val S6 = 1.58969099521155010221e-10
  final val C1 = 4.16666666666666019037e-02
  final val C2 = -1.38888888888741095749e-03
  final val C3 = 2.48015872894767294178e-05
  final val C4 = -2.75573143513906633035e-07
  final val C5 = 2.08757232129817482790e-09
  final val C6 = -1.13596475577881948265e-11

  // sin(x + y) for |x| <= pi/4, y the tail of x (iy = 0: y is zero).
  def kernelSin(x: Double, y: Double, iy: Int): Double = {
    val ix = hi(x) & 0x7FFFFFFF
    if (ix < 0x3E400000 && x.toInt == 0) return x
    val z = x * x
    val v = z * x
    val r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))
    if (iy == 0) x + v * (S1 + z * r)
    else x - ((z * (0.5 * y - v * r) - y) - v * S1)
  }

  def kernelCos(x: Double, y: Double): Double = {
    val ix = hi(x) & 0x7FFFFFFF
    if (ix < 0x3E400000 && x.toInt == 0) return 1.0
    val z = x * x
    val r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))))
    if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y))
    val qx = if (ix > 0x3FE90000) 0.28125 else fromWords(ix - 0x00200000, 0)
    val hz = 0.5 * z - qx
    val a = 1.0 - qx
    a - (hz - (z * r - x * y))
  }

  final val T0 = 3.33333333333334091986e-01
  final val T1 = 1.33333333333201242699e-01
  final val T2 = 5.39682539762260521377e-02
  final val T3 = 2.18694882948595424599e-02
  final val T4 = 8.86323982359930005737e-03
  final val T5 = 3.59207910759131235356e-03
  final val T6 = 1.45620945432529025516e-03
  final val T7 = 5.88041240820264096874e-04
  final val T8 = 2.46463134818469906812e-04
  final val T9 = 7.81794442939557092300e-05
  final val T10 = 7.14072491382608190305e-05
  final val T11 = -1.85586374855275456654e-05
  final val T12 = 2.59073051863633712884e-05
  final val PiO4 = 7.85398163397448278999e-01
  final val PiO4Lo = 3.06161699786838301793e-17

  // tan(x + y) for |x| <= pi/4 (iy = 1), or -1/tan(x + y) (iy = -1).
  def kernelTan(x0: Double, y0: Double, iy: Int): Double = {
    var x = x0
    var y = y0
    val hx = hi(x)
    val ix = hx & 0x7FFFFFFF
    if (ix < 0x3E300000 && x.toInt == 0) {
      if (((ix | lo(x)) | (iy + 1)) == 0) return 1.0 / math.abs(x)
      if (iy == 1) return x
      val w = x + y
      val z = withLo(w, 0)
      val v = y - (z - x)
      val a = -1.0 / w
      val t = withLo(a, 0)
      val s = 1.0 + t * z
      return t + a * (s + t * v)
    }
    if (ix >= 0x3FE59428) {
      if (hx < 0) {
        x = -x
        y = -y
      }
      x = (PiO4 - x) + (PiO4Lo - y)
      y = 0.0
    }
    val z = x * x
    var w = z * z
    var r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))))
    var v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))))
    val s = z * x
    r = y + z * (s * (r + v) + y)
    r += T0 * s
    w = x + r
    if (ix >= 0x3FE59428) {
      v = iy.toDouble
      return (1 - ((hx >> 30) & 2)).toDouble * (v - 2.0 * (x - (w * w / (w + v) - r)))
    }
    if (iy == 1) return w
    val zz = withLo(w, 0)
    v = r - (zz - x)
    val a = -1.0 / w
    val t = withLo(a, 0)
    val ss = 1.0 + t * zz
    t + a * (ss + t * v)
  }

  final val InvPio2 = 6.36619772367581382433e-01
  final val Pio2_1 = 1.57079632673412561417e+00
  final val Pio2_1t = 6.07710050650619224932e-11
  final val Pio2_2 = 6.07710050630396597660e-11
  final val Pio2_2t = 2.02226624879595063154e-21
  final val Pio2_3 = 2.02226624871116645580e-21
  final val Pio2_3t = 8.47842766036889956997e-32

  // x reduced by a multiple n of pi/2: returns n; the remainder is remHead + remTail. Up to |x| = 2^19 * pi/2 a
  // three-part pi/2 suffices; beyond, the bits of 2/pi around x's exponent are used (kernelRemPio2).
  var remHead = 0.0
  var remTail = 0.0

  def remPio2(x: Double): Int = {
    val hx = hi(x)
    val ix = hx & 0x7FFFFFFF
    if (ix < 0x4002D97C) {
      var z = 0.0
      if (hx > 0) {
        z = x - Pio2_1
        if (ix != 0x3FF921FB) {
          remHead = z - Pio2_1t
          remTail = (z - remHead) - Pio2_1t
        } else {
          z -= Pio2_2
          remHead = z - Pio2_2t
          remTail = (z - remHead) - Pio2_2t
        }
        return 1
      }
      z = x + Pio2_1
      if (ix != 0x3FF921FB) {
        remHead = z + Pio2_1t
        remTail = (z - remHead) + Pio2_1t
      } else {
        z += Pio2_2
        remHead = z + Pio2_2t
        remTail = (z - remHead) + Pio2_2t
      }
      return -1
    }
    if (ix > 0x413921FB) return remPio2Large(x, hx, ix)
    var t = math.abs(x)
    val n = (t * InvPio2 + 0.5).toInt
    val fn = n.toDouble
    var r = t - fn * Pio2_1
    var w = fn * Pio2_1t
    val j = ix >> 20
    remHead = r - w
    var i = j - ((hi(remHead) >> 20) & 0x7FF)
    if (i > 16) {
      t = r
      w = fn * Pio2_2
      r = t - w
      w = fn * Pio2_2t - ((t - r) - w)
      remHead = r - w
      i = j - ((hi(remHead) >> 20) & 0x7FF)
      if (i > 49) {
        t = r
        w = fn * Pio2_3
        r = t - w
        w = fn * Pio2_3t - ((t - r) - w)
        remHead = r - w
      }
    }
    remTail = (r - remHead) - w
    if (hx < 0) {
      remHead = -remHead
      remTail = -remTail
      return -n
    }
    n
  }

  def sin(x: Double): Double = {
    val ix = hi(x) & 0x7FFFFFFF
    if (ix <= 0x3FE921FB) return kernelSin(x, 0.0, 0)
    if (ix >= 0x7FF00000) return x - x
    val n = remPio2(x) & 3
    if (n == 0) kernelSin(remHead, remTail, 1)
    else if (n == 1) kernelCos(remHead, remTail)
    else if (n == 2) -kernelSin(remHead, remTail, 1)
    else -kernelCos(remHead, remTail)
  }

  def cos(x: Double): Double = {
    val ix = hi(x) & 0x7FFFFFFF
    if (ix <= 0x3FE921FB) return kernelCos(x, 0.0)
    if (ix >= 0x7FF00000) return x - x
    val n = remPio2(x) & 3
    if (n == 0) kernelCos(remHead, remTail)
    else if (n == 1) -kernelSin(remHead, remTail, 1)
    else if (n == 2) -kernelCos(remHead, remTail)
    else kernelSin(remHead, remTail, 1)
  }

  def tan(x: Double): Double = {
    val ix = hi(x) & 0x7FFFFFFF
    if (ix <= 0x3FE921FB) return kernelTan(x, 0.0, 1)
    if (ix >= 0x7FF00000) return x - x
    val n = remPio2(x)
    kernelTan(remHead, remTail, 1 - ((n & 1) << 1))
  }

  // ------------------------------------------------------------------------------------------------ large reduction

  // 2/pi in 24-bit chunks (its first 1,200 bits), and pi/2 in 24-bit pieces: fdlibm's ipio2 and PIo2 tables.
  val TwoOverPi: Array[Int] = Array(
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
    0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
    0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
    0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
    0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B)
  val PiO2Pieces: Array[Double] = Array(1.57079625129699707031e+00, 7.54978941586159635335e-08,
    5.39030252995776476554e-15, 3.28200341580791294123e-22, 1.27065575308067607349e-29,
    1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51)

  // fdlibm's __kernel_rem_pio2 with prec = 2 (double-double result): x = z * 2^e0 split into tx (24-bit pieces)
  // times 2/pi, keeping the bits around the binary point; returns n mod 8 and the remainder in remHead/remTail.
  def kernelRemPio2(tx: Array[Double], e0: Int, nx: Int): Int = {
    val jk = 4
    val jp = jk
    val jx = nx - 1
    var jv = (e0 - 3) / 24
    if (jv < 0) jv = 0
    var q0 = e0 - 24 * (jv + 1)
    val f = new Array[Double](20)
    val q = new Array[Double](20)
    val fq = new Array[Double](20)
    val iq = new Array[Int](20)
    var j = jv - jx
    val m = jx + jk
    var i = 0
    while (i <= m) {
      f(i) = if (j < 0) 0.0 else TwoOverPi(j).toDouble
      i += 1
      j += 1
    }
    i = 0
    while (i <= jk) {
      var fw = 0.0
      j = 0
      while (j <= jx) { fw += tx(j) * f(jx + i - j); j += 1 }
      q(i) = fw
      i += 1
    }
    var jz = jk
    var n = 0
    var ih = 0
    var z = 0.0
    var again = true
    while (again) {
      again = false
      i = 0
      j = jz
      z = q(jz)
      while (j > 0) {
        val fw = (5.9604644775390625E-8 * z).toInt.toDouble
        iq(i) = (z - 16777216.0 * fw).toInt
        z = q(j - 1) + fw
        i += 1
        j -= 1
      }
      z = scalbn(z, q0)
      z -= 8.0 * math.floor(z * 0.125)
      n = z.toInt
      z -= n.toDouble
      ih = 0
      if (q0 > 0) {
        i = iq(jz - 1) >> (24 - q0)
        n += i
        iq(jz - 1) -= i << (24 - q0)
        ih = iq(jz - 1) >> (23 - q0)
      } else if (q0 == 0) ih = iq(jz - 1) >> 23
      else if (z >= 0.5) ih = 2
      if (ih > 0) {
        n += 1
        var carry = 0
        i = 0
        while (i < jz) {
          j = iq(i)
          if (carry == 0) {
            if (j != 0) {
              carry = 1
              iq(i) = 0x1000000 - j
            }
          } else iq(i) = 0xFFFFFF - j
          i += 1
        }
        if (q0 == 1) iq(jz - 1) &= 0x7FFFFF
        else if (q0 == 2) iq(jz - 1) &= 0x3FFFFF
        if (ih == 2) {
          z = 1.0 - z
          if (carry != 0) z -= scalbn(1.0, q0)
        }
      }
      if (z == 0.0) {
        j = 0
        i = jz - 1
        while (i >= jk) { j |= iq(i); i -= 1 }
        if (j == 0) {
          var k = 1
          while (iq(jk - k) == 0) k += 1
          i = jz + 1
          while (i <= jz + k) {
            f(jx + i) = TwoOverPi(jv + i).toDouble
            var fw = 0.0
            j = 0
            while (j <= jx) { fw += tx(j) * f(jx + i - j); j += 1 }
            q(i) = fw
            i += 1
          }
          jz += k
          again = true
        }
      }
    }
    if (z == 0.0) {
      jz -= 1
      q0 -= 24
      while (iq(jz) == 0) { jz -= 1; q0 -= 24 }
    } else {
      z = scalbn(z, -q0)
      if (z >= 16777216.0) {
        val fw = (5.9604644775390625E-8 * z).toInt.toDouble
        iq(jz) = (z - 16777216.0 * fw).toInt
        jz += 1
        q0 += 24
        iq(jz) = fw.toInt
      } else iq(jz) = z.toInt
    }
    var fw = scalbn(1.0, q0)
    i = jz
    while (i >= 0) {
      q(i) = fw * iq(i).toDouble
      fw *= 5.9604644775390625E-8
      i -= 1
    }
    i = jz
    while (i >= 0) {
      fw = 0.0
      var k = 0
      while (k <= jp && k <= jz - i) { fw += PiO2Pieces(k) * q(i + k); k += 1 }
      fq(jz - i) = fw
      i -= 1
    }
    fw = 0.0
    i = jz
    while (i >= 0) { fw += fq(i); i -= 1 }
    remHead = if (ih == 0) fw else -fw
    fw = fq(0) - fw
    i = 1
    while (i <= jz) { fw += fq(i); i += 1 }
    remTail = if (ih == 0) fw else -fw
    n & 7
  }

  // The reduction of e_rem_pio2 for |x| > 2^19 * pi/2: x's significand in three 24-bit pieces.
  def remPio2Large(x: Double, hx: Int, ix: Int): Int = {
    val e0 = (ix >> 20) - 1046
    var z = fromWords(ix - (e0 << 20), lo(x))
    val tx = new Array[Double](3)
    var i = 0
    while (i < 2) {
      tx(i) = z.toInt.toDouble
      z = (z - tx(i)) * 16777216.0
      i += 1
    }
    tx(2) = z
    var nx = 3
    while (tx(nx - 1) == 0.0) nx -= 1
    val n = kernelRemPio2(tx, e0, nx)
    if (hx < 0) {
      remHead = -remHead
      remTail = -remTail
      return -n
    }
    n
  }

  // ------------------------------------------------------------------------------------------------ atan, atan2

  final val A0 = 3.33333333333329318027e-01
  final val A1 = -1.99999999998764832476e-01
  final val A2 = 1.42857142725034663711e-01
  final val A3 = -1.11111104054623557880e-01
  final val A4 = 9.09088713343650656196e-02
  final val A5 = -7.69187620504482999495e-02
  final val A6 = 6.66107313738753120669e-02
  final val A7 = -5.83357013379057348645e-02
  final val A8 = 4.97687799461593236017e-02
  final val A9 = -3.65315727442169155270e-02
  final val A10 = 1.62858201153657823623e-02

  def atanHi(id: Int): Double =
    if (id == 0) 4.63647609000806093515e-01 else if (id == 1) 7.85398163397448278999e-01
    else if (id == 2) 9.82793723247329054082e-01 else 1.57079632679489655800e+00

  def atanLo(id: Int): Double =
    if (id == 0) 2.26987774529616870924e-17 else if (id == 1) 3.06161699786838301793e-17
    else if (id == 2) 1.39033110312309984516e-17 else 6.12323399573676603587e-17

  def atan(x0: Double): Double = {
    var x = x0
    val hx = hi(x)
    val ix = hx & 0x7FFFFFFF
    var id = -1
    if (ix >= 0x44100000) {
      if (ix > 0x7FF00000 || (ix == 0x7FF00000 && lo(x) != 0)) return x + x
      return if (hx > 0) atanHi(3) + atanLo(3) else -atanHi(3) - atanLo(3)
    }
    if (ix < 0x3FDC0000) {
      if (ix < 0x3E200000 && Huge + x > 1.0) return x
    } else {
      x = math.abs(x)
      if (ix < 0x3FF30000) {
        if (ix < 0x3FE60000) {
          id = 0
          x = (2.0 * x - 1.0) / (2.0 + x)
        } else {
          id = 1
          x = (x - 1.0) / (x + 1.0)
        }
      } else if (ix < 0x40038000) {
        id = 2
        x = (x - 1.5) / (1.0 + 1.5 * x)
      } else {
        id = 3
        x = -1.0 / x
      }
    }
    val z = x * x
    val w = z * z
    val s1 = z * (A0 + w * (A2 + w * (A4 + w * (A6 + w * (A8 + w * A10)))))
    val s2 = w * (A1 + w * (A3 + w * (A5 + w * (A7 + w * A9))))
    if (id < 0) return x - x * (s1 + s2)
    val r = atanHi(id) - ((x * (s1 + s2) - atanLo(id)) - x)
    if (hx < 0) -r else r
  }

  final val Pi = 3.1415926535897931160E+00
  final val PiLo = 1.2246467991473531772E-16
  final val PiO2 = 1.5707963267948965580E+00

  def atan2(y: Double, x: Double): Double = {
    val hx = hi(x)
    val ix = hx & 0x7FFFFFFF
    val lx = lo(x)
    val hy = hi(y)
    val iy = hy & 0x7FFFFFFF
    val ly = lo(y)
    if ((ix | ((lx | -lx) >>> 31)) > 0x7FF00000 || (iy | ((ly | -ly) >>> 31)) > 0x7FF00000) return x + y
    if (((hx - 0x3FF00000) | lx) == 0) return atan(y)
    val m = ((hy >> 31) & 1) | ((hx >> 30) & 2)
    if ((iy | ly) == 0) {
      if (m <= 1) return y
      return if (m == 2) Pi + Tiny else -Pi - Tiny
    }
    if ((ix | lx) == 0) return if (hy < 0) -PiO2 - Tiny else PiO2 + Tiny
    if (ix == 0x7FF00000) {
      if (iy == 0x7FF00000) {
        if (m == 0) return PiO4 + Tiny
        if (m == 1) return -PiO4 - Tiny
        if (m == 2) return 3.0 * PiO4 + Tiny
        return -3.0 * PiO4 - Tiny
      }
      if (m == 0) return 0.0
      if (m == 1) return -0.0
      if (m == 2) return Pi + Tiny
      return -Pi - Tiny
    }
    if (iy == 0x7FF00000) return if (hy < 0) -PiO2 - Tiny else PiO2 + Tiny
    val k = (iy - ix) >> 20
    var z = 0.0
    if (k > 60) z = PiO2 + 0.5 * PiLo
    else if (hx < 0 && k < -60) z = 0.0
    else z = atan(math.abs(y / x))
    if (m == 0) z
    else if (m == 1) -z
    else if (m == 2) Pi - (z - PiLo)
    else (z - PiLo) - Pi
  }

  // ------------------------------------------------------------------------------------------------ hypot

  def hypot(x: Double, y: Double): Double = {
    var ha = hi(x) & 0x7FFFFFFF
    var hb = hi(y) & 0x7FFFFFFF
    var a = x
    var b = y
    if (hb > ha) {
      a = y
      b = x
      val j = ha
      ha = hb
      hb = j
    }
    a = withHi(a, ha)
    b = withHi(b, hb)
    if ((ha - hb) > 0x3C00000) return a + b
    var k = 0
    if (ha > 0x5F300000) {
      if (ha >= 0x7FF00000) {
        var w = a + b
        if (((ha & 0xFFFFF) | lo(a)) == 0) w = a
        if (((hb ^ 0x7FF00000) | lo(b)) == 0) w = b
        return w
      }
      ha -= 0x25800000
      hb -= 0x25800000
      k += 600
      a = withHi(a, ha)
      b = withHi(b, hb)
    }
    if (hb < 0x20B00000) {
      if (hb <= 0x000FFFFF) {
        if ((hb | lo(b)) == 0) return a
        val t1 = fromWords(0x7FD00000, 0)
        b *= t1
        a *= t1
        k -= 1022
      } else {
        ha += 0x25800000
        hb += 0x25800000
        k -= 600
        a = withHi(a, ha)
        b = withHi(b, hb)
      }
    }
    var w = a - b
    if (w > b) {
      val t1 = fromWords(ha, 0)
      val t2 = a - t1
      w = math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)))
    } else {
      a = a + a
      val y1 = fromWords(hb, 0)
      val y2 = b - y1
      val t1 = fromWords(ha + 0x00100000, 0)
      val t2 = a - t1
      w = math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)))
    }
    if (k != 0) fromWords(0x3FF00000 + (k << 20), 0) * w else w
  }

  // ------------------------------------------------------------------------------------------------ rounding

  // java.lang.Math.round(double): floor(x + 1/2) computed exactly from the bits (no rounding of x + 0.5).
  def round(x: Double): Long = {
    val bits = java.lang.Double.doubleToRawLongBits(x)
    val biasedExp = (bits & 0x7FF0000000000000L) >> 52
    val shift = (52 - 1 + 1023) - biasedExp
    if ((shift & -64L) == 0L) {
      var r = (bits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L
      if (bits < 0L) r = -r
      ((r >> shift.toInt) + 1L) >> 1
    } else x.toLong
  }

  def round(x: Float): Int = {
    val bits = java.lang.Float.floatToRawIntBits(x)
    val biasedExp = (bits & 0x7F800000) >> 23
    val shift = (23 - 1 + 127) - biasedExp
    if ((shift & -32) == 0) {
      var r = (bits & 0x007FFFFF) | 0x00800000
      if (bits < 0) r = -r
      ((r >> shift) + 1) >> 1
    } else x.toInt
  }

  // java.lang.Math.rint: the nearest integer, ties to even.
  def rint(x: Double): Double = {
    val twoToThe52 = 4503599627370496.0
    val sign = if (java.lang.Double.doubleToRawLongBits(x) < 0L) -1.0 else 1.0
    var a = math.abs(x)
    if (a < twoToThe52) a = (twoToThe52 + a) - twoToThe52
    sign * a
  }
}
