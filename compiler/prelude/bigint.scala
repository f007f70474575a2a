// scala.math.BigInt: arbitrary-precision integers as java.math.BigInteger computes them, a sign and a magnitude of
// 32-bit limbs (least significant first, no zero limb on top; zero has none). Hashes, equality with the numbers,
// toString and the exceptions' messages are the JVM's.
final class BigInt(val signum: Int, val mag: Array[Int]) {
  def +(that: BigInt): BigInt = {
    if (that.signum == 0) return this
    if (signum == 0) return that
    if (signum == that.signum) return new BigInt(signum, BigInts.addMag(mag, that.mag))
    val c = BigInts.compareMag(mag, that.mag)
    if (c == 0) BigInts.Zero
    else if (c > 0) new BigInt(signum, BigInts.subMag(mag, that.mag))
    else new BigInt(that.signum, BigInts.subMag(that.mag, mag))
  }

  def -(that: BigInt): BigInt = this + that.unary_-

  def unary_- : BigInt = if (signum == 0) this else new BigInt(-signum, mag)

  def *(that: BigInt): BigInt =
    if (signum == 0 || that.signum == 0) BigInts.Zero
    else new BigInt(signum * that.signum, BigInts.mulMag(mag, that.mag))

  // Truncating division, as BigInteger.divide.
  def /(that: BigInt): BigInt = {
    if (that.signum == 0) BigInts.divideByZero()
    val q = BigInts.trim(BigInts.divRem(mag, that.mag, true))
    if (q.length == 0) BigInts.Zero else new BigInt(signum * that.signum, q)
  }

  // The remainder of truncating division: its sign is the dividend's (BigInteger.remainder).
  def %(that: BigInt): BigInt = {
    if (that.signum == 0) BigInts.divideByZero()
    val r = BigInts.trim(BigInts.divRem(mag, that.mag, false))
    if (r.length == 0) BigInts.Zero else new BigInt(signum, r)
  }

  def /%(that: BigInt): (BigInt, BigInt) = (this / that, this % that)

  // The non-negative remainder (BigInteger.mod): the modulus must be positive.
  def mod(that: BigInt): BigInt = {
    if (that.signum <= 0) Runtime.fail("java.lang.ArithmeticException: BigInteger: modulus not positive")
    val r = this % that
    if (r.signum < 0) r + that else r
  }

  def pow(exp: Int): BigInt = {
    if (exp < 0) Runtime.fail("java.lang.ArithmeticException: Negative exponent")
    var result = BigInts.One
    var base = this
    var e = exp
    while (e > 0) {
      if ((e & 1) == 1) result = result * base
      e = e >>> 1
      if (e > 0) base = base * base
    }
    result
  }

  def abs: BigInt = if (signum < 0) unary_- else this

  // x * 2^n (a negative n shifts right).
  def <<(n: Int): BigInt = if (n < 0) this >> (-n) else if (signum == 0) this
    else new BigInt(signum, BigInts.shiftLeftMag(mag, n))

  // floor(x / 2^n), as BigInteger.shiftRight (a negative number rounds towards negative infinity).
  def >>(n: Int): BigInt = {
    if (n < 0) return this << (-n)
    if (signum == 0) return this
    if (signum > 0) {
      val m = BigInts.trim(BigInts.shiftRightMag(mag, n))
      if (m.length == 0) BigInts.Zero else new BigInt(1, m)
    } else {
      // -((|x| - 1) >> n) - 1
      val less = new BigInt(1, BigInts.subMag(mag, BigInts.One.mag))
      -(less >> n) - BigInts.One
    }
  }

  def &(that: BigInt): BigInt = BigInts.bitwise(this, that, 0)
  def |(that: BigInt): BigInt = BigInts.bitwise(this, that, 1)
  def ^(that: BigInt): BigInt = BigInts.bitwise(this, that, 2)
  def &~(that: BigInt): BigInt = BigInts.bitwise(this, that, 3)
  def unary_~ : BigInt = -this - BigInts.One

  def setBit(n: Int): BigInt = this | (BigInts.One << n)
  def clearBit(n: Int): BigInt = this &~ (BigInts.One << n)
  def flipBit(n: Int): BigInt = this ^ (BigInts.One << n)

  // this^exp mod m, as BigInteger.modPow (a negative exponent through the inverse).
  def modPow(exp: BigInt, m: BigInt): BigInt = {
    if (m.signum <= 0) Runtime.fail("java.lang.ArithmeticException: BigInteger: modulus not positive")
    if (exp.signum < 0) return modInverse(m).modPow(-exp, m)
    var result = BigInts.One mod m
    var base = this mod m
    var e = exp
    while (e.signum > 0) {
      if (e.testBit(0)) result = (result * base) mod m
      e = e >> 1
      if (e.signum > 0) base = (base * base) mod m
    }
    result
  }

  // The inverse modulo m (BigInteger.modInverse), by the extended Euclidean algorithm.
  def modInverse(m: BigInt): BigInt = {
    if (m.signum <= 0) Runtime.fail("java.lang.ArithmeticException: BigInteger: modulus not positive")
    if (m == BigInts.One) return BigInts.Zero
    var a = this mod m
    var b = m
    var x0 = BigInts.One
    var x1 = BigInts.Zero
    while (b.signum != 0) {
      val q = a / b
      val r = a - q * b
      a = b
      b = r
      val x = x0 - q * x1
      x0 = x1
      x1 = x
    }
    if (a != BigInts.One) Runtime.fail("java.lang.ArithmeticException: BigInteger not invertible.")
    x0 mod m
  }

  // Miller-Rabin with the first 20 primes as witnesses: exact below 3.3e24 and, beyond, wrong only for numbers
  // built against those witnesses (the JDK draws random ones; both answer true for every prime).
  def isProbablePrime(certainty: Int): Boolean = {
    if (certainty <= 0) return true
    val n = abs
    if (n < BigInts.fromInt(2)) return false
    val small = Array(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71)
    var i = 0
    while (i < small.length) {
      val p = BigInts.fromInt(small(i))
      if (n == p) return true
      if ((n mod p).signum == 0) return false
      i += 1
    }
    val nMinus1 = n - BigInts.One
    val s = nMinus1.lowestSetBit
    val d = nMinus1 >> s
    i = 0
    while (i < small.length) {
      var x = BigInts.fromInt(small(i)).modPow(d, n)
      if (x != BigInts.One && x != nMinus1) {
        var r = 1
        var composite = true
        while (composite && r < s) {
          x = (x * x) mod n
          if (x == nMinus1) composite = false
          r += 1
        }
        if (composite) return false
      }
      i += 1
    }
    true
  }

  def gcd(that: BigInt): BigInt = {
    var a = abs
    var b = that.abs
    while (b.signum != 0) {
      val r = a % b
      a = b
      b = r
    }
    a
  }

  def compare(that: BigInt): Int =
    if (signum != that.signum) (if (signum < that.signum) -1 else 1)
    else if (signum >= 0) BigInts.compareMag(mag, that.mag)
    else BigInts.compareMag(that.mag, mag)

  def compareTo(that: BigInt): Int = compare(that)
  def <(that: BigInt): Boolean = compare(that) < 0
  def <=(that: BigInt): Boolean = compare(that) <= 0
  def >(that: BigInt): Boolean = compare(that) > 0
  def >=(that: BigInt): Boolean = compare(that) >= 0
  def min(that: BigInt): BigInt = if (compare(that) <= 0) this else that
  def max(that: BigInt): BigInt = if (compare(that) >= 0) this else that

  // The number of bits of the two's-complement form without its sign bit (BigInteger.bitLength).
  def bitLength: Int = {
    val n = mag.length
    if (n == 0) return 0
    val top = 32 * (n - 1) + (32 - BigInts.leadingZeros(mag(n - 1)))
    if (signum > 0) top
    else {
      // A negative power of two needs one bit less.
      var pow2 = BigInts.bitCount(mag(n - 1)) == 1
      var i = 0
      while (pow2 && i < n - 1) {
        if (mag(i) != 0) pow2 = false
        i += 1
      }
      if (pow2) top - 1 else top
    }
  }

  def lowestSetBit: Int = {
    if (signum == 0) return -1
    var i = 0
    while (mag(i) == 0) i += 1
    32 * i + BigInts.trailingZeros(mag(i))
  }

  def testBit(n: Int): Boolean = {
    if (n < 0) Runtime.fail("java.lang.ArithmeticException: Negative bit address")
    if (signum >= 0) {
      val i = n >>> 5
      i < mag.length && ((mag(i) >>> (n & 31)) & 1) == 1
    } else ((-(this + BigInts.One)).testBit(n)) == false
  }

  def isValidByte: Boolean = bitLength <= 7
  def isValidShort: Boolean = bitLength <= 15
  def isValidChar: Boolean = signum >= 0 && bitLength <= 16
  def isValidInt: Boolean = bitLength <= 31
  def isValidLong: Boolean = bitLength <= 63
  def isValidFloat: Boolean = {
    val bits = bitLength
    bits <= 24 || lowestSetBit >= bits - 24
  }
  def isValidDouble: Boolean = {
    val bits = bitLength
    bits <= 53 || (bits <= 1024 && lowestSetBit >= bits - 53)
  }

  // The low 64 bits, two's complement (BigInteger.longValue).
  def toLong: Long = {
    val low = if (mag.length > 0) mag(0).toLong & 0xFFFFFFFFL else 0L
    val high = if (mag.length > 1) mag(1).toLong << 32 else 0L
    val m = high | low
    if (signum < 0) -m else m
  }

  def toInt: Int = toLong.toInt
  def toShort: Short = toLong.toShort
  def toByte: Byte = toLong.toByte
  def toChar: Char = toLong.toChar

  // Correctly rounded, as BigInteger.doubleValue: small values exactly, others through the decimal digits, which
  // the prelude's parser rounds correctly.
  def toDouble: Double = if (bitLength <= 63) toLong.toDouble else FloatParsing.parseDouble(toString())
  def toFloat: Float = if (bitLength <= 63) toLong.toFloat else FloatParsing.parseFloat(toString())

  def toString(radix: Int): String = BigInts.show(this, radix)

  override def toString(): String = BigInts.show(this, 10)

  // Scala's BigInt.hashCode: a value that fits a Long hashes as that number does (`##`), others as BigInteger.
  override def hashCode(): Int = {
    if (isValidLong) {
      val l = toLong
      if (l >= Int.MinValue && l <= Int.MaxValue) l.toInt else (l ^ (l >>> 32)).toInt
    } else {
      var h = 0
      var i = mag.length - 1
      while (i >= 0) {
        h = 31 * h + mag(i)
        i -= 1
      }
      h * signum
    }
  }

  // Scala's BigInt.equals: another BigInt by value; a number of a primitive type when this is exactly it.
  override def equals(that: Any): Boolean = {
    if (that.isInstanceOf[BigInt]) {
      val b = that.asInstanceOf[BigInt]
      return signum == b.signum && BigInts.compareMag(mag, b.mag) == 0
    }
    if (that.isInstanceOf[Double]) return isValidDouble && toDouble == that.asInstanceOf[Double]
    if (that.isInstanceOf[Float]) return isValidFloat && toFloat == that.asInstanceOf[Float]
    if (!isValidLong) return false
    if (that.isInstanceOf[Int]) return isValidInt && toInt == that.asInstanceOf[Int]
    if (that.isInstanceOf[Long]) return toLong == that.asInstanceOf[Long]
    if (that.isInstanceOf[Char]) return isValidChar && toInt == that.asInstanceOf[Char].toInt
    if (that.isInstanceOf[Short]) return isValidShort && toInt == that.asInstanceOf[Short].toInt
    if (that.isInstanceOf[Byte]) return isValidByte && toInt == that.asInstanceOf[Byte].toInt
    false
  }
}

object BigInts {
  val Zero: BigInt = new BigInt(0, new Array[Int](0))
  val One: BigInt = fromLong(1L)

  def divideByZero(): Nothing = Runtime.fail("java.lang.ArithmeticException: BigInteger divide by zero")

  def fromLong(x: Long): BigInt = {
    if (x == 0L) return Zero
    val m = if (x < 0L) -x else x  // Long.MinValue stays itself: read unsigned below
    val high = (m >>> 32).toInt
    val mag = if (high == 0) new Array[Int](1) else new Array[Int](2)
    mag(0) = m.toInt
    if (high != 0) mag(1) = high
    new BigInt(if (x < 0L) -1 else 1, mag)
  }

  def fromInt(x: Int): BigInt = fromLong(x.toLong)

  // `BigInt("...")`, as `new BigInteger(s, radix)`: an optional sign, then digits (any Unicode digit, as
  // Character.digit reads them), in groups parsed as Integer.parseInt would, with its messages.
  def parse(s: String, radix: Int): BigInt = {
    if (radix < 2 || radix > 36) Runtime.fail("java.lang.NumberFormatException: Radix out of range")
    val len = s.length
    if (len == 0) Runtime.fail("java.lang.NumberFormatException: Zero length BigInteger")
    var sign = 1
    var cursor = 0
    val minus = StringLib.lastIndexOf(s, 45)
    val plus = StringLib.lastIndexOf(s, 43)
    if (minus >= 0) {
      if (minus != 0 || plus >= 0) Runtime.fail("java.lang.NumberFormatException: Illegal embedded sign character")
      sign = -1
      cursor = 1
    } else if (plus >= 0) {
      if (plus != 0) Runtime.fail("java.lang.NumberFormatException: Illegal embedded sign character")
      cursor = 1
    }
    if (cursor == len) Runtime.fail("java.lang.NumberFormatException: Zero length BigInteger")
    while (cursor < len && CharLib.digit(s.charAt(cursor), radix) == 0) cursor += 1
    if (cursor == len) return Zero
    val perGroup = digitsPerInt(radix)
    var first = (len - cursor) % perGroup
    if (first == 0) first = perGroup
    var groupScale = 1
    var k = 0
    while (k < perGroup) {
      groupScale *= radix
      k += 1
    }
    var mag = new Array[Int](0)
    var end = cursor + first
    while (cursor < len) {
      val group = s.substring(cursor, end)
      var value = 0
      var i = 0
      while (i < group.length) {
        val d = CharLib.digit(group.charAt(i), radix)
        if (d < 0) Runtime.fail("java.lang.NumberFormatException: For input string: \"" + group + "\"" +
          (if (radix == 10) "" else " under radix " + radix))
        value = value * radix + d
        i += 1
      }
      mag = mulAddSmall(mag, if (mag.length == 0) 1 else groupScale, value)
      cursor = end
      end = cursor + perGroup
    }
    new BigInt(sign, trim(mag))
  }

  // How many digits of a radix always fit a positive Int (BigInteger.digitsPerInt).
  def digitsPerInt(radix: Int): Int = {
    var n = 0
    var v = 1L
    while (v * radix <= Int.MaxValue) {
      v *= radix
      n += 1
    }
    n
  }

  def show(x: BigInt, radix0: Int): String = {
    if (x.signum == 0) return "0"
    val radix = if (radix0 < 2 || radix0 > 36) 10 else radix0
    val perGroup = digitsPerInt(radix)
    var chunk = 1
    var k = 0
    while (k < perGroup) {
      chunk *= radix
      k += 1
    }
    // Divide by radix^perGroup again and again; each remainder is one group of digits, least significant first.
    var rest = x.mag
    var groups = new Array[Int](x.mag.length * 2 + 2)
    var count = 0
    while (rest.length > 0) {
      if (count == groups.length) {
        val grown = new Array[Int](2 * count)
        var i = 0
        while (i < count) {
          grown(i) = groups(i)
          i += 1
        }
        groups = grown
      }
      val q = new Array[Int](rest.length)
      groups(count) = divSmall(rest, chunk, q)
      count += 1
      rest = trim(q)
    }
    val out = new StringBuilder()
    if (x.signum < 0) out.append('-')
    out.append(BigInts.digits(groups(count - 1), radix))
    var g = count - 2
    while (g >= 0) {
      val digits = BigInts.digits(groups(g), radix)
      var pad = perGroup - digits.length
      while (pad > 0) {
        out.append('0')
        pad -= 1
      }
      out.append(digits)
      g -= 1
    }
    out.toString()
  }

  def leadingZeros(x: Int): Int = {
    var n = 0
    while (n < 32 && (x << n) >= 0) n += 1
    n
  }

  def trailingZeros(x: Int): Int = {
    var n = 0
    while (n < 32 && ((x >>> n) & 1) == 0) n += 1
    n
  }

  def bitCount(x: Int): Int = {
    var n = 0
    var i = 0
    while (i < 32) {
      n += (x >>> i) & 1
      i += 1
    }
    n
  }

  // A non-negative Int in a radix, lower-case digits.
  def digits(x: Int, radix: Int): String = {
    if (x == 0) return "0"
    val out = new Array[Char](32)
    var at = 32
    var v = x
    while (v > 0) {
      at -= 1
      val d = v % radix
      out(at) = (if (d < 10) '0' + d else 'a' + d - 10).toChar
      v = v / radix
    }
    new String(out, at, 32 - at)
  }

  def shiftLeftMag(a: Array[Int], n: Int): Array[Int] = {
    val words = n >>> 5
    val bits = n & 31
    val r = new Array[Int](a.length + words + 1)
    var i = 0
    while (i < a.length) {
      val v = a(i)
      r(i + words) = r(i + words) | (v << bits)
      if (bits != 0) r(i + words + 1) = v >>> (32 - bits)
      i += 1
    }
    trim(r)
  }

  def shiftRightMag(a: Array[Int], n: Int): Array[Int] = {
    val words = n >>> 5
    val bits = n & 31
    if (words >= a.length) return new Array[Int](0)
    val r = new Array[Int](a.length - words)
    var i = 0
    while (i < r.length) {
      val low = a(i + words) >>> bits
      val high = if (bits != 0 && i + words + 1 < a.length) a(i + words + 1) << (32 - bits) else 0
      r(i) = low | high
      i += 1
    }
    r
  }

  // x's two's complement in n limbs (n more than its magnitude's, so the sign fits).
  def twos(x: BigInt, n: Int): Array[Int] = {
    val r = new Array[Int](n)
    var i = 0
    while (i < x.mag.length) {
      r(i) = x.mag(i)
      i += 1
    }
    if (x.signum < 0) {
      var carry = 1L
      i = 0
      while (i < n) {
        val v = ((~r(i)).toLong & 0xFFFFFFFFL) + carry
        r(i) = v.toInt
        carry = v >>> 32
        i += 1
      }
    }
    r
  }

  // op 0: and, 1: or, 2: xor, 3: and-not, on the two's complements (BigInteger's semantics).
  def bitwise(a: BigInt, b: BigInt, op: Int): BigInt = {
    val n = (if (a.mag.length > b.mag.length) a.mag.length else b.mag.length) + 1
    val x = twos(a, n)
    val y = twos(b, n)
    val r = new Array[Int](n)
    var i = 0
    while (i < n) {
      r(i) = if (op == 0) x(i) & y(i) else if (op == 1) x(i) | y(i) else if (op == 2) x(i) ^ y(i) else x(i) & ~y(i)
      i += 1
    }
    if (r(n - 1) >= 0) {
      val m = trim(r)
      if (m.length == 0) Zero else new BigInt(1, m)
    } else {
      // negative: the magnitude is the two's complement of r
      var carry = 1L
      i = 0
      while (i < n) {
        val v = ((~r(i)).toLong & 0xFFFFFFFFL) + carry
        r(i) = v.toInt
        carry = v >>> 32
        i += 1
      }
      new BigInt(-1, trim(r))
    }
  }

  // Without the zero limbs on top (the same array when there are none).
  def trim(a: Array[Int]): Array[Int] = {
    var n = a.length
    while (n > 0 && a(n - 1) == 0) n -= 1
    if (n == a.length) a
    else {
      val b = new Array[Int](n)
      var i = 0
      while (i < n) {
        b(i) = a(i)
        i += 1
      }
      b
    }
  }

  def compareMag(a: Array[Int], b: Array[Int]): Int = {
    if (a.length != b.length) return if (a.length < b.length) -1 else 1
    var i = a.length - 1
    while (i >= 0) {
      val x = a(i).toLong & 0xFFFFFFFFL
      val y = b(i).toLong & 0xFFFFFFFFL
      if (x != y) return if (x < y) -1 else 1
      i -= 1
    }
    0
  }

  def addMag(a: Array[Int], b: Array[Int]): Array[Int] = {
    val long = if (a.length >= b.length) a else b
    val short = if (a.length >= b.length) b else a
    val sum = new Array[Int](long.length + 1)
    var carry = 0L
    var i = 0
    while (i < long.length) {
      val s = (long(i).toLong & 0xFFFFFFFFL) + (if (i < short.length) short(i).toLong & 0xFFFFFFFFL else 0L) + carry
      sum(i) = s.toInt
      carry = s >>> 32
      i += 1
    }
    sum(long.length) = carry.toInt
    trim(sum)
  }

  // a - b for |a| >= |b|.
  def subMag(a: Array[Int], b: Array[Int]): Array[Int] = {
    val diff = new Array[Int](a.length)
    var borrow = 0L
    var i = 0
    while (i < a.length) {
      val d = (a(i).toLong & 0xFFFFFFFFL) - (if (i < b.length) b(i).toLong & 0xFFFFFFFFL else 0L) - borrow
      diff(i) = d.toInt
      borrow = if (d < 0L) 1L else 0L
      i += 1
    }
    trim(diff)
  }

  // Schoolbook product; each step's value is below 2^64, kept in a Long read as unsigned.
  def mulMag(a: Array[Int], b: Array[Int]): Array[Int] = {
    val p = new Array[Int](a.length + b.length)
    var i = 0
    while (i < a.length) {
      val x = a(i).toLong & 0xFFFFFFFFL
      var carry = 0L
      var j = 0
      while (j < b.length) {
        val t = x * (b(j).toLong & 0xFFFFFFFFL) + (p(i + j).toLong & 0xFFFFFFFFL) + carry
        p(i + j) = t.toInt
        carry = t >>> 32
        j += 1
      }
      p(i + b.length) = carry.toInt
      i += 1
    }
    trim(p)
  }

  // a * m + add for small non-negative m and add (parsing).
  def mulAddSmall(a: Array[Int], m: Int, add: Int): Array[Int] = {
    val r = new Array[Int](a.length + 1)
    var carry = add.toLong
    var i = 0
    while (i < a.length) {
      val t = (a(i).toLong & 0xFFFFFFFFL) * m + carry
      r(i) = t.toInt
      carry = t >>> 32
      i += 1
    }
    r(a.length) = carry.toInt
    r
  }

  // Divides a by a positive d < 2^31 into q (a's length), giving the remainder.
  def divSmall(a: Array[Int], d: Int, q: Array[Int]): Int = {
    var rem = 0L
    var i = a.length - 1
    while (i >= 0) {
      val cur = (rem << 32) | (a(i).toLong & 0xFFFFFFFFL)
      q(i) = (cur / d).toInt
      rem = cur % d
      i -= 1
    }
    rem.toInt
  }

  // The quotient (quotient = true) or the remainder of |a| / |b|, b not zero: Knuth's algorithm D on 16-bit
  // digits, so every intermediate value fits a Long.
  def divRem(a: Array[Int], b: Array[Int], quotient: Boolean): Array[Int] = {
    if (compareMag(a, b) < 0) return if (quotient) new Array[Int](0) else a
    val u = halves(a)
    val v = halves(b)
    val n = v.length
    val m = u.length
    val q = new Array[Int](m - n + 1)
    if (n == 1) {
      val d = v(0).toLong
      var rem = 0L
      var i = m - 1
      while (i >= 0) {
        val cur = (rem << 16) | u(i)
        q(i) = (cur / d).toInt
        rem = cur % d
        i -= 1
      }
      if (quotient) return wholes(q)
      val r = new Array[Int](1)
      r(0) = rem.toInt
      return wholes(r)
    }
    // Normalise: shift so the divisor's top digit has its high bit set.
    var s = 0
    while ((v(n - 1) << s) < 0x8000) s += 1
    val vn = new Array[Int](n)
    var i = n - 1
    while (i > 0) {
      vn(i) = ((v(i) << s) | (v(i - 1) >>> (16 - s))) & 0xFFFF
      i -= 1
    }
    vn(0) = (v(0) << s) & 0xFFFF
    val un = new Array[Int](m + 1)
    un(m) = if (s == 0) 0 else u(m - 1) >>> (16 - s)
    i = m - 1
    while (i > 0) {
      un(i) = ((u(i) << s) | (u(i - 1) >>> (16 - s))) & 0xFFFF
      i -= 1
    }
    un(0) = (u(0) << s) & 0xFFFF
    val base = 65536L
    var j = m - n
    while (j >= 0) {
      val num = un(j + n).toLong * base + un(j + n - 1)
      var qhat = num / vn(n - 1)
      var rhat = num - qhat * vn(n - 1)
      var adjusting = true
      while (adjusting && (qhat >= base || qhat * vn(n - 2) > base * rhat + un(j + n - 2))) {
        qhat -= 1
        rhat += vn(n - 1)
        if (rhat >= base) adjusting = false
      }
      var borrow = 0L
      var k = 0
      while (k < n) {
        val p = qhat * vn(k)
        val t = un(k + j) - borrow - (p & 0xFFFFL)
        un(k + j) = (t & 0xFFFFL).toInt
        borrow = (p >> 16) - (t >> 16)
        k += 1
      }
      val t = un(j + n) - borrow
      un(j + n) = (t & 0xFFFFL).toInt
      if (t < 0L) {
        qhat -= 1
        var carry = 0L
        k = 0
        while (k < n) {
          val sum = un(k + j).toLong + vn(k) + carry
          un(k + j) = (sum & 0xFFFFL).toInt
          carry = sum >> 16
          k += 1
        }
        un(j + n) = ((un(j + n) + carry) & 0xFFFFL).toInt
      }
      q(j) = qhat.toInt
      j -= 1
    }
    if (quotient) return wholes(q)
    val r = new Array[Int](n)
    i = 0
    while (i < n) {
      r(i) = ((un(i) >>> s) | (un(i + 1) << (16 - s))) & 0xFFFF
      i += 1
    }
    wholes(r)
  }

  // 32-bit limbs as 16-bit digits (least significant first, no zero digit on top) and back.
  def halves(a: Array[Int]): Array[Int] = {
    val h = new Array[Int](2 * a.length)
    var i = 0
    while (i < a.length) {
      h(2 * i) = a(i) & 0xFFFF
      h(2 * i + 1) = a(i) >>> 16
      i += 1
    }
    trim(h)
  }

  def wholes(h: Array[Int]): Array[Int] = {
    val a = new Array[Int]((h.length + 1) / 2)
    var i = 0
    while (i < h.length) {
      if ((i & 1) == 0) a(i / 2) = h(i) else a(i / 2) = a(i / 2) | (h(i) << 16)
      i += 1
    }
    trim(a)
  }
}
