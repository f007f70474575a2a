// java.util.Formatter's conversions, one call per `%...` of a format string that the type checker has already taken
// apart (`"%5.2f".format(x)`, `f"$x%5.2f"`, `String.format(...)`): the flags arrive as a string ("-", "0", ",",
// "+", " "), width and precision as numbers (-1: none). Decimals follow the JVM: the digits of the shortest
// representation (Double.toString's) rounded half-up to the precision.
object FormatLib {
  def pad(s: String, flags: String, width: Int): String = {
    if (width <= s.length) return s
    val b = new StringBuilder()
    if (StringLib.indexOf(flags, '-') >= 0) {
      b.append(s)
      while (b.length() < width) b.append(' ')
      return b.toString()
    }
    if (StringLib.indexOf(flags, '0') >= 0) {
      // zeros go after the sign
      var start = 0
      if (s.length > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == ' ')) {
        b.append(s.charAt(0))
        start = 1
      }
      var k = s.length
      while (k < width) {
        b.append('0')
        k += 1
      }
      b.append(s.substring(start))
      return b.toString()
    }
    var k = s.length
    while (k < width) {
      b.append(' ')
      k += 1
    }
    b.append(s)
    b.toString()
  }

  def signed(negative: Boolean, magnitude: String, flags: String): String =
    if (negative) "-" + magnitude
    else if (StringLib.indexOf(flags, '+') >= 0) "+" + magnitude
    else if (StringLib.indexOf(flags, ' ') >= 0) " " + magnitude
    else magnitude

  // Groups of three digits separated by ',' (the integer digits of `digits`, which may have a fraction after '.').
  def grouped(digits: String): String = {
    val dot = StringLib.indexOf(digits, '.')
    val end = if (dot < 0) digits.length else dot
    val b = new StringBuilder()
    var i = 0
    while (i < end) {
      if (i > 0 && (end - i) % 3 == 0) b.append(',')
      b.append(digits.charAt(i))
      i += 1
    }
    b.append(digits.substring(end))
    b.toString()
  }

  def integer(v: Long, flags: String, width: Int): String = {
    var magnitude = if (v < 0L) NumberFormat.longToString(v).substring(1) else NumberFormat.longToString(v)
    if (StringLib.indexOf(flags, ',') >= 0) magnitude = grouped(magnitude)
    pad(signed(v < 0L, magnitude, flags), flags, width)
  }

  def unsigned(v: Long, bits: Int, shift: Int, upper: Boolean, flags: String, width: Int): String = {
    val digits = IntegerLib.toUnsignedString(v, bits, shift)
    pad(if (upper) StringLib.toUpperCase(digits) else digits, flags, width)
  }

  def text(s: String, upper: Boolean, flags: String, width: Int, precision: Int): String = {
    var t = if (s == null) "null" else s
    if (precision >= 0 && precision < t.length) t = t.substring(0, precision)
    pad(if (upper) StringLib.toUpperCase(t) else t, flags, width)
  }

  def character(c: Char, upper: Boolean, flags: String, width: Int): String =
    pad(if (upper) CharLib.toUpper(c).toString else c.toString, flags, width)

  // The shortest decimal digits of |d| (no leading zeros) and the exponent e with |d| = 0.digits * 10^e.
  var decimalExponent = 0

  def decimalDigits(d: Double): String = {
    val s = NumberFormat.doubleToString(math.abs(d))
    val e = StringLib.indexOf(s, 'E')
    val mantissa = if (e < 0) s else s.substring(0, e)
    val exponent = if (e < 0) 0 else IntegerLib.parseInt(s.substring(e + 1))
    val dot = StringLib.indexOf(mantissa, '.')
    val digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1)
    var lead = 0
    while (lead < digits.length - 1 && digits.charAt(lead) == '0') lead += 1
    var end = digits.length
    while (end > lead + 1 && digits.charAt(end - 1) == '0') end -= 1
    decimalExponent = dot + exponent - lead
    digits.substring(lead, end)
  }

  // `digits` (value 0.digits * 10^exp) rounded half-up to `keep` digits; returns the digits and sets roundedExponent.
  var roundedExponent = 0

  def roundHalfUp(digits: String, exp: Int, keep: Int): String = {
    roundedExponent = exp
    if (keep >= digits.length) return digits
    if (keep < 0) return "0"
    val chars = StringLib.toCharArray(digits.substring(0, keep))
    if (digits.charAt(keep) >= '5') {
      var i = keep - 1
      while (i >= 0 && chars(i) == '9') {
        chars(i) = '0'
        i -= 1
      }
      if (i < 0) {
        roundedExponent = exp + 1
        return "1" + new String(chars, 0, keep)
      }
      chars(i) = (chars(i) + 1).toChar
    }
    if (keep == 0) return "0"
    new String(chars, 0, keep)
  }

  def nonFinite(d: Double, flags: String, width: Int): String = {
    val s = if (d != d) "NaN" else if (d > 0) signed(false, "Infinity", flags) else "-Infinity"
    pad(s, StringLib.replace(flags, "0", ""), width)
  }

  def isNegative(d: Double): Boolean = java.lang.Double.doubleToRawLongBits(d) < 0L

  // %f: `precision` digits after the point (6 when not given).
  def fixed(d: Double, flags: String, width: Int, precision0: Int): String = {
    if (d != d || d == Double.PositiveInfinity || d == Double.NegativeInfinity) return nonFinite(d, flags, width)
    val precision = if (precision0 < 0) 6 else precision0
    val b = new StringBuilder()
    if (d == 0.0) {
      b.append('0')
    } else {
      val digits = decimalDigits(d)
      val kept = roundHalfUp(digits, decimalExponent, decimalExponent + precision)
      val exp = roundedExponent
      // kept holds the digits of 0.kept * 10^exp, up to the precision
      if (exp <= 0) b.append('0')
      else {
        var i = 0
        while (i < exp) {
          b.append(if (i < kept.length) kept.charAt(i) else '0')
          i += 1
        }
      }
      if (precision > 0) {
        b.append('.')
        var i = 0
        while (i < precision) {
          val at = exp + i
          b.append(if (at >= 0 && at < kept.length) kept.charAt(at) else '0')
          i += 1
        }
      }
    }
    if (d == 0.0 && precision > 0) {
      b.append('.')
      var i = 0
      while (i < precision) {
        b.append('0')
        i += 1
      }
    }
    var magnitude = b.toString()
    if (StringLib.indexOf(flags, ',') >= 0) magnitude = grouped(magnitude)
    pad(signed(isNegative(d), magnitude, flags), flags, width)
  }

  // %e: one digit, the point, `precision` digits, then e+XX.
  def scientific(d: Double, upper: Boolean, flags: String, width: Int, precision0: Int): String = {
    if (d != d || d == Double.PositiveInfinity || d == Double.NegativeInfinity) return nonFinite(d, flags, width)
    val precision = if (precision0 < 0) 6 else precision0
    var kept = "0"
    var exponent = 0
    if (d != 0.0) {
      val digits = decimalDigits(d)
      kept = roundHalfUp(digits, decimalExponent, precision + 1)
      exponent = roundedExponent - 1
    }
    val b = new StringBuilder()
    b.append(kept.charAt(0))
    if (precision > 0) {
      b.append('.')
      var i = 1
      while (i <= precision) {
        b.append(if (i < kept.length) kept.charAt(i) else '0')
        i += 1
      }
    }
    b.append(if (upper) 'E' else 'e')
    b.append(if (exponent < 0) '-' else '+')
    val e = if (exponent < 0) -exponent else exponent
    if (e < 10) b.append('0')
    b.append(e)
    pad(signed(isNegative(d), b.toString(), flags), flags, width)
  }

  // A format made at run time (`("%" + width + "d").format(n)`): taken apart here, each conversion checked against
  // its argument's class as java.util.Formatter checks it (the exceptions are the JDK's), then formatted by the
  // functions above as a literal format's would be. Argument indices (`%1$d`) and the `#` and `(` flags are not
  // provided (UnsupportedOperationException).
  def formatRuntime(format: String, args: Array[Any]): String = {
    val out = new StringBuilder()
    var used = 0
    var i = 0
    val n = format.length
    while (i < n) {
      val c = format.charAt(i)
      if (c != '%') {
        out.append(c)
        i += 1
      } else {
        val start = i
        i += 1
        val flags = new StringBuilder()
        while (i < n && StringLib.indexOf("-#+ 0,(", format.charAt(i)) >= 0) {
          flags.append(format.charAt(i))
          i += 1
        }
        var width = -1
        while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
          width = (if (width < 0) 0 else width * 10) + (format.charAt(i) - '0')
          i += 1
        }
        var precision = -1
        if (i < n && format.charAt(i) == '.') {
          i += 1
          precision = 0
          while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
            precision = precision * 10 + (format.charAt(i) - '0')
            i += 1
          }
        }
        if (i >= n) Runtime.fail("java.util.UnknownFormatConversionException: Conversion = '%'")
        val conversion = format.charAt(i)
        i += 1
        val spec = format.substring(start, i)
        val f = flags.toString()
        if (conversion == 'n') out.append('\n')
        else if (conversion == '%') out.append(pad("%", f, width))
        else {
          if (StringLib.indexOf(f, '#') >= 0 || StringLib.indexOf(f, '(') >= 0)
            Runtime.fail("java.lang.UnsupportedOperationException: the format " + spec)
          if (StringLib.indexOf("dxXocCsSbBfeE", conversion) < 0) {
            if (conversion == '$') Runtime.fail("java.lang.UnsupportedOperationException: the format argument index in " + spec)
            Runtime.fail("java.util.UnknownFormatConversionException: Conversion = '" + conversion + "'")
          }
          if (used >= args.length) Runtime.fail("java.util.MissingFormatArgumentException: Format specifier '" + spec + "'")
          val arg = args(used)
          used += 1
          out.append(convert(conversion, f, width, precision, arg))
        }
      }
    }
    out.toString()
  }

  def convert(conversion: Char, flags: String, width: Int, precision: Int, arg: Any): String = {
    val upper = conversion == 'X' || conversion == 'C' || conversion == 'S' || conversion == 'B' || conversion == 'E'
    if (conversion == 's' || conversion == 'S') return text(Anys.show(arg), upper, flags, width, precision)
    if (conversion == 'b' || conversion == 'B') {
      val b = if (arg == null) "false" else if (arg.isInstanceOf[Boolean]) arg.asInstanceOf[Boolean].toString else "true"
      return text(b, upper, flags, width, precision)
    }
    if (arg == null) return text("null", upper, flags, width, -1)
    val integral = arg.isInstanceOf[Int] || arg.isInstanceOf[Long] || arg.isInstanceOf[Short] || arg.isInstanceOf[Byte]
    if (conversion == 'd' && integral) return integer(longOf(arg), flags, width)
    if ((conversion == 'x' || conversion == 'X' || conversion == 'o') && integral) {
      val bits = if (arg.isInstanceOf[Long]) 64 else if (arg.isInstanceOf[Int]) 32 else if (arg.isInstanceOf[Short]) 16 else 8
      return unsigned(longOf(arg), bits, if (conversion == 'o') 3 else 4, upper, flags, width)
    }
    if (conversion == 'c' || conversion == 'C') {
      if (arg.isInstanceOf[Char]) return character(arg.asInstanceOf[Char], upper, flags, width)
      if (integral && !arg.isInstanceOf[Long]) return character(longOf(arg).toChar, upper, flags, width)
    }
    if (conversion == 'f' || conversion == 'e' || conversion == 'E') {
      val isDouble = arg.isInstanceOf[Double]
      if (isDouble || arg.isInstanceOf[Float]) {
        val d = if (isDouble) arg.asInstanceOf[Double] else arg.asInstanceOf[Float].toDouble
        return if (conversion == 'f') fixed(d, flags, width, precision) else scientific(d, upper, flags, width, precision)
      }
    }
    Runtime.fail("java.util.IllegalFormatConversionException: " + conversion + " != " + Anys.className(arg))
  }

  def longOf(arg: Any): Long =
    if (arg.isInstanceOf[Long]) arg.asInstanceOf[Long]
    else if (arg.isInstanceOf[Int]) arg.asInstanceOf[Int].toLong
    else if (arg.isInstanceOf[Short]) arg.asInstanceOf[Short].toLong
    else arg.asInstanceOf[Byte].toLong
}
