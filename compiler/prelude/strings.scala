// The everyday library of strings, characters and integers, written in the subset itself and linked into a program
// only when reached: `String` methods (StringOps and java.lang.String), `Char` methods (RichChar and
// java.lang.Character), `Integer`/`Long` statics, and `StringBuilder`. Each method takes the receiver first; the
// type checker turns `s.trim` into `StringLib.trim(s)`. Character classes are exact for ASCII and Latin-1; beyond
// them (docs/library.md) letters and digits follow the main Unicode blocks.
object StringLib {
  def trim(s: String): String = {
    var start = 0
    var end = s.length
    while (start < end && s.charAt(start) <= ' ') start += 1
    while (end > start && s.charAt(end - 1) <= ' ') end -= 1
    if (start == 0 && end == s.length) s else s.substring(start, end)
  }

  // java.lang.String.toUpperCase: each char's upper case, and the sharp s as "SS".
  def toUpperCase(s: String): String = {
    if (indexOf(s, 0xDF, 0) >= 0) return replace(mapCase(s, true), "\u00DF", "SS")
    mapCase(s, true)
  }

  def toLowerCase(s: String): String = mapCase(s, false)

  def mapCase(s: String, upper: Boolean): String = {
    val n = s.length
    val out = new Array[Char](n)
    var i = 0
    while (i < n) {
      out(i) = if (upper) CharLib.toUpper(s.charAt(i)) else CharLib.toLower(s.charAt(i))
      i += 1
    }
    new String(out, 0, n)
  }

  // The first index at or after `from` where `t` occurs in `s`, or -1 (java.lang.String.indexOf).
  def indexOf(s: String, t: String, from: Int): Int = {
    val n = s.length
    val m = t.length
    var i = if (from < 0) 0 else from
    while (i + m <= n) {
      var j = 0
      while (j < m && s.charAt(i + j) == t.charAt(j)) j += 1
      if (j == m) return i
      i += 1
    }
    if (m == 0 && from >= n) n else -1
  }

  def indexOf(s: String, t: String): Int = indexOf(s, t, 0)

  def indexOf(s: String, c: Int, from: Int): Int = {
    var i = if (from < 0) 0 else from
    while (i < s.length) {
      if (s.charAt(i).toInt == c) return i
      i += 1
    }
    -1
  }

  def indexOf(s: String, c: Int): Int = indexOf(s, c, 0)

  def lastIndexOf(s: String, t: String): Int = {
    var i = s.length - t.length
    while (i >= 0) {
      var j = 0
      while (j < t.length && s.charAt(i + j) == t.charAt(j)) j += 1
      if (j == t.length) return i
      i -= 1
    }
    -1
  }

  def lastIndexOf(s: String, c: Int): Int = {
    var i = s.length - 1
    while (i >= 0 && s.charAt(i).toInt != c) i -= 1
    i
  }

  def contains(s: String, t: String): Boolean = indexOf(s, t, 0) >= 0
  def contains(s: String, c: Char): Boolean = indexOf(s, c.toInt, 0) >= 0  // StringOps: the chars as a sequence

  def startsWith(s: String, t: String): Boolean = t.length <= s.length && regionMatches(s, 0, t)

  def endsWith(s: String, t: String): Boolean = t.length <= s.length && regionMatches(s, s.length - t.length, t)

  def regionMatches(s: String, offset: Int, t: String): Boolean = {
    var j = 0
    while (j < t.length) {
      if (s.charAt(offset + j) != t.charAt(j)) return false
      j += 1
    }
    true
  }

  def replace(s: String, from: Char, to: Char): String = {
    val n = s.length
    val out = new Array[Char](n)
    var i = 0
    while (i < n) {
      val c = s.charAt(i)
      out(i) = if (c == from) to else c
      i += 1
    }
    new String(out, 0, n)
  }

  // Every occurrence of `from`, left to right; an empty `from` matches before each char and at the end, as in Java.
  def replace(s: String, from: String, to: String): String = {
    if (from.length == 0) {
      val b = new StringBuilder()
      var i = 0
      while (i < s.length) {
        b.append(to)
        b.append(s.charAt(i))
        i += 1
      }
      b.append(to)
      return b.toString()
    }
    var at = indexOf(s, from, 0)
    if (at < 0) return s
    val b = new StringBuilder()
    var start = 0
    while (at >= 0) {
      b.append(s.substring(start, at))
      b.append(to)
      start = at + from.length
      at = indexOf(s, from, start)
    }
    b.append(s.substring(start))
    b.toString()
  }

  def reverse(s: String): String = {
    val n = s.length
    val out = new Array[Char](n)
    var i = 0
    while (i < n) {
      out(n - 1 - i) = s.charAt(i)
      i += 1
    }
    new String(out, 0, n)
  }

  def *(s: String, times: Int): String = {
    val b = new StringBuilder()
    var i = 0
    while (i < times) {
      b.append(s)
      i += 1
    }
    b.toString()
  }

  def head(s: String): Char = s.charAt(0)

  def last(s: String): Char = s.charAt(s.length - 1)

  def tail(s: String): String = {
    if (s.length == 0) throw new UnsupportedOperationException("empty.tail")
    s.substring(1)
  }

  def init(s: String): String = s.substring(0, s.length - 1)

  def take(s: String, n: Int): String = s.substring(0, clamp(n, s.length))

  def drop(s: String, n: Int): String = s.substring(clamp(n, s.length))

  def takeRight(s: String, n: Int): String = s.substring(s.length - clamp(n, s.length))

  def dropRight(s: String, n: Int): String = s.substring(0, s.length - clamp(n, s.length))

  def clamp(n: Int, length: Int): Int = if (n < 0) 0 else if (n > length) length else n

  def size(s: String): Int = s.length

  // `s.stripMargin` (StringLike.stripMargin): on each line, leading blanks (chars up to ' ') followed by '|' are
  // removed together with the '|'; other lines stay as they are.
  def stripMargin(s: String): String = {
    val n = s.length
    val out = new Array[Char](n)
    var used = 0
    var i = 0
    while (i < n) {
      var j = i
      while (j < n && Strings.unsafeCharAt(s, j) <= ' ' && Strings.unsafeCharAt(s, j) != '\n') j += 1
      var from = if (j < n && Strings.unsafeCharAt(s, j) == '|') j + 1 else i
      var atEnd = false
      while (from < n && !atEnd) {
        val c = Strings.unsafeCharAt(s, from)
        out(used) = c
        used += 1
        from += 1
        atEnd = c == '\n'
      }
      i = from
    }
    new String(out, 0, used)
  }

  def nonEmpty(s: String): Boolean = s.length > 0

  def capitalize(s: String): String =
    if (s.length == 0 || !CharLib.isLower(s.charAt(0))) s else CharLib.toUpper(s.charAt(0)).toString + s.substring(1)

  def iterator(s: String): StringIterator = new StringIterator(s)

  def toCharArray(s: String): Array[Char] = {
    val n = s.length
    val out = new Array[Char](n)
    var i = 0
    while (i < n) {
      out(i) = s.charAt(i)
      i += 1
    }
    out
  }

  def equalsIgnoreCase(s: String, t: String): Boolean = {
    if (t == null || s.length != t.length) return false
    var i = 0
    while (i < s.length) {
      if (CharLib.toUpper(s.charAt(i)) != CharLib.toUpper(t.charAt(i))) return false
      i += 1
    }
    true
  }

  def compareTo(s: String, t: String): Int = {
    val n = if (s.length < t.length) s.length else t.length
    var i = 0
    while (i < n) {
      val d = s.charAt(i) - t.charAt(i)
      if (d != 0) return d
      i += 1
    }
    s.length - t.length
  }

  // As String.compareToIgnoreCase: each pair of chars compared as is, then upper-cased, then lower-cased.
  def compareToIgnoreCase(s: String, t: String): Int = {
    val n = if (s.length < t.length) s.length else t.length
    var i = 0
    while (i < n) {
      var a = s.charAt(i)
      var b = t.charAt(i)
      if (a != b) {
        a = CharLib.toUpper(a)
        b = CharLib.toUpper(b)
        if (a != b) {
          a = CharLib.toLower(a)
          b = CharLib.toLower(b)
          if (a != b) return a - b
        }
      }
      i += 1
    }
    s.length - t.length
  }

  def toInt(s: String): Int = IntegerLib.parseInt(s)

  def toLong(s: String): Long = IntegerLib.parseLong(s)

  def toDouble(s: String): Double = FloatParsing.parseDouble(s)

  def toFloat(s: String): Float = FloatParsing.parseFloat(s)

  // java.lang.String.split with a separator that has no regex meaning: the pieces between its occurrences, with
  // the trailing empty pieces removed (and the whole string when it does not occur).
  def split(s: String, separator: String): Array[String] = {
    val n = s.length
    var count = 1
    var at = indexOf(s, separator, 0)
    while (at >= 0 && separator.length > 0) {
      count += 1
      at = indexOf(s, separator, at + separator.length)
    }
    val pieces = new Array[String](count)
    var start = 0
    var k = 0
    at = if (separator.length > 0) indexOf(s, separator, 0) else -1
    while (at >= 0) {
      pieces(k) = s.substring(start, at)
      k += 1
      start = at + separator.length
      at = indexOf(s, separator, start)
    }
    pieces(k) = s.substring(start, n)
    var kept = count
    while (kept > 0 && pieces(kept - 1).length == 0) kept -= 1
    if (count == 1) return pieces
    val out = new Array[String](kept)
    var i = 0
    while (i < kept) {
      out(i) = pieces(i)
      i += 1
    }
    out
  }

  def split(s: String, separator: Char): Array[String] = split(s, separator.toString)
}

object CharLib {
  def isDigit(c: Char): Boolean =
    (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9') ||
      (c >= '\u0966' && c <= '\u096F') || (c >= '\uFF10' && c <= '\uFF19')

  def isLetter(c: Char): Boolean = {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
    if (c < 256) return c == '\u00AA' || c == '\u00B5' || c == '\u00BA' || (c >= '\u00C0' && c != '\u00D7' && c != '\u00F7')
    // Beyond Latin-1: the letters of the main alphabetic blocks (Latin, Greek, Cyrillic, ..., CJK, Hangul).
    (c >= '\u0100' && c <= '\u02AF') || (c >= '\u0370' && c <= '\u03FF' && c != '\u037E' && c != '\u0387') ||
      (c >= '\u0400' && c <= '\u0481') || (c >= '\u048A' && c <= '\u052F') || (c >= '\u05D0' && c <= '\u05EA') ||
      (c >= '\u0620' && c <= '\u064A') || (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') ||
      (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3')
  }

  def isLetterOrDigit(c: Char): Boolean = isLetter(c) || isDigit(c)

  def isAlphabetic(c: Int): Boolean = isLetter(c.toChar)

  // java.lang.Character.isWhitespace: the ASCII separators and the Unicode space separators except no-break ones.
  def isWhitespace(c: Char): Boolean =
    (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= ' ') || c == '\u1680' ||
      (c >= '\u2000' && c <= '\u2006') || (c >= '\u2008' && c <= '\u200A') || c == '\u2028' || c == '\u2029' ||
      c == '\u205F' || c == '\u3000'

  def isSpaceChar(c: Char): Boolean = c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') ||
    c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000'

  def isUpper(c: Char): Boolean =
    (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') || (c >= '\u0391' && c <= '\u03AB') ||
      (c >= '\u0410' && c <= '\u042F') || (c >= '\u0100' && c <= '\u017F' && (c & 1) == 0 && c != '\u0138')

  def isLower(c: Char): Boolean =
    (c >= 'a' && c <= 'z') || c == '\u00AA' || c == '\u00B5' || c == '\u00BA' || (c >= '\u00DF' && c != '\u00F7' && c <= '\u00FF') ||
      (c >= '\u03AC' && c <= '\u03CE') || (c >= '\u0430' && c <= '\u045F') ||
      (c >= '\u0100' && c <= '\u017F' && (c & 1) == 1)

  def toUpper(c: Char): Char = {
    if (c >= 'a' && c <= 'z') return (c - 32).toChar
    if (c < 128) return c
    if ((c >= '\u00E0' && c <= '\u00FE' && c != '\u00F7') || (c >= '\u03B1' && c <= '\u03CB' && c != '\u03C2') ||
        (c >= '\u0430' && c <= '\u044F')) return (c - 32).toChar
    if (c == '\u00FF') return '\u0178'
    if (c == '\u00B5') return '\u039C'
    if (c >= '\u0450' && c <= '\u045F') return (c - 80).toChar
    if (c >= '\u0100' && c <= '\u017F' && (c & 1) == 1 && c != '\u0131') return (c - 1).toChar
    c
  }

  def toLower(c: Char): Char = {
    if (c >= 'A' && c <= 'Z') return (c + 32).toChar
    if (c < 128) return c
    if ((c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') || (c >= '\u0391' && c <= '\u03AB' && c != '\u03A2') ||
        (c >= '\u0410' && c <= '\u042F')) return (c + 32).toChar
    if (c >= '\u0400' && c <= '\u040F') return (c + 80).toChar
    if (c >= '\u0100' && c <= '\u017F' && (c & 1) == 0 && c != '\u0130' && c != '\u0138') return (c + 1).toChar
    c
  }

  def toUpperCase(c: Int): Int = toUpper(c.toChar).toInt

  def toLowerCase(c: Int): Int = toLower(c.toChar).toInt

  // java.lang.Character.digit(c, radix): the digit's value, or -1.
  def digit(c: Char, radix: Int): Int = {
    val v =
      if (c >= '0' && c <= '9') c - '0'
      else if (c >= 'a' && c <= 'z') c - 'a' + 10
      else if (c >= 'A' && c <= 'Z') c - 'A' + 10
      else -1
    if (v < radix) v else -1
  }

  // RichChar.asDigit is Character.digit(c, 36) (Character.MAX_RADIX).
  def asDigit(c: Char): Int = digit(c, 36)

  def getNumericValue(c: Char): Int = digit(c, 36)

  def isDigit(c: Int): Boolean = isDigit(c.toChar)
  def isLetter(c: Int): Boolean = isLetter(c.toChar)
  def isLetterOrDigit(c: Int): Boolean = isLetterOrDigit(c.toChar)
  def isWhitespace(c: Int): Boolean = isWhitespace(c.toChar)
  def isUpperCase(c: Char): Boolean = isUpper(c)
  def isLowerCase(c: Char): Boolean = isLower(c)
  def toUpperCase(c: Char): Char = toUpper(c)
  def toLowerCase(c: Char): Char = toLower(c)
}

object IntegerLib {
  def parseInt(s: String): Int = parseInt(s, 10)

  def parseInt(s: String, radix: Int): Int = {
    val v = parseLong(s, radix)
    if (v < -2147483648L || v > 2147483647L) numberFormat(s)
    v.toInt
  }

  def parseLong(s: String): Long = parseLong(s, 10)

  // java.lang.Long.parseLong: an optional sign, then at least one digit of the radix; overflow is an error.
  def parseLong(s: String, radix: Int): Long = {
    if (s == null) throw new NumberFormatException("Cannot parse null string: null")
    val n = s.length
    if (n == 0) numberFormat(s)
    var i = 0
    val negative = s.charAt(0) == '-'
    if (negative || s.charAt(0) == '+') i = 1
    if (i == n) numberFormat(s)
    // Accumulate negatively: the most negative Long has no positive counterpart.
    var result = 0L
    val limit = if (negative) Long.MinValue else -Long.MaxValue
    val multiplyLimit = limit / radix
    while (i < n) {
      val d = CharLib.digit(s.charAt(i), radix)
      if (d < 0 || result < multiplyLimit) numberFormat(s)
      result = result * radix
      if (result < limit + d) numberFormat(s)
      result -= d
      i += 1
    }
    if (negative) result else -result
  }

  def numberFormat(s: String): Nothing = throw new NumberFormatException("For input string: \"" + s + "\"")

  // The unsigned digits of i in base 2^shift (java.lang.Integer.toBinaryString / toOctalString / toHexString).
  def toUnsignedString(i: Long, bits: Int, shift: Int): String = {
    val chars = new Array[Char](64)
    var v = if (bits == 32) i & 0xFFFFFFFFL else i
    var pos = 64
    val mask = (1 << shift) - 1
    while (pos == 64 || v != 0L) {
      pos -= 1
      chars(pos) = "0123456789abcdef".charAt((v & mask).toInt)
      v = v >>> shift
    }
    new String(chars, pos, 64 - pos)
  }

  def toBinaryString(i: Int): String = toUnsignedString(i.toLong, 32, 1)
  def toOctalString(i: Int): String = toUnsignedString(i.toLong, 32, 3)
  def toHexString(i: Int): String = toUnsignedString(i.toLong, 32, 4)
  def toBinaryString(l: Long): String = toUnsignedString(l, 64, 1)
  def toOctalString(l: Long): String = toUnsignedString(l, 64, 3)
  def toHexString(l: Long): String = toUnsignedString(l, 64, 4)

  def bitCount(i: Int): Int = {
    var v = i
    var n = 0
    while (v != 0) {
      v = v & (v - 1)
      n += 1
    }
    n
  }

  def bitCount(l: Long): Int = bitCount((l >>> 32).toInt) + bitCount(l.toInt)

  def rotateLeft(i: Int, distance: Int): Int = (i << distance) | (i >>> -distance)
  def rotateRight(i: Int, distance: Int): Int = (i >>> distance) | (i << -distance)
  def rotateLeft(l: Long, distance: Int): Long = (l << distance) | (l >>> -distance)
  def rotateRight(l: Long, distance: Int): Long = (l >>> distance) | (l << -distance)
}

// `s.iterator`, an Iterator[Char] over a string's UTF-16 units (StringOps' IndexedSeq iterator).
class StringIterator(s: String) {
  private var index = 0

  def hasNext: Boolean = index < s.length

  def next(): Char = {
    if (index >= s.length) throw new NoSuchElementException("next on empty iterator")
    index += 1
    s.charAt(index - 1)
  }
}

// java.lang.StringBuilder (and scala.collection.mutable.StringBuilder): a growable UTF-16 buffer.
class StringBuilder(initial: String) {
  private var chars = new Array[Char](if (initial.length < 8) 16 else 2 * initial.length)
  private var count = 0
  append(initial)

  def this() = this("")

  def this(capacity: Int) = this("")

  private def reserve(extra: Int): Unit = {
    if (count + extra > chars.length) {
      var size = 2 * chars.length + 2
      if (size < count + extra) size = count + extra
      val grown = new Array[Char](size)
      var i = 0
      while (i < count) {
        grown(i) = chars(i)
        i += 1
      }
      chars = grown
    }
  }

  def append(s: String): StringBuilder = {
    val text = if (s == null) "null" else s
    val n = text.length
    reserve(n)
    var i = 0
    while (i < n) {
      chars(count + i) = text.charAt(i)
      i += 1
    }
    count += n
    this
  }

  def append(c: Char): StringBuilder = {
    reserve(1)
    chars(count) = c
    count += 1
    this
  }

  def append(i: Int): StringBuilder = append("" + i)
  def append(l: Long): StringBuilder = append("" + l)
  def append(d: Double): StringBuilder = append("" + d)
  def append(f: Float): StringBuilder = append("" + f)
  def append(b: Boolean): StringBuilder = append("" + b)
  def append(cs: Array[Char]): StringBuilder = append(new String(cs, 0, cs.length))
  def append(sb: StringBuilder): StringBuilder = append(sb.toString())
  // Scala's append(x: Any): String.valueOf(x).
  def append(x: Any): StringBuilder = append("" + x)
  def appendAll(cs: Array[Char]): StringBuilder = append(new String(cs, 0, cs.length))

  def ++=(s: String): StringBuilder = append(s)
  def +=(c: Char): StringBuilder = append(c)

  def insert(index: Int, s: String): StringBuilder = {
    if (index < 0 || index > count) Runtime.substringOutOfBounds(index, count, count)  // JDK 25's wording
    val text = if (s == null) "null" else s
    val n = text.length
    reserve(n)
    var i = count - 1
    while (i >= index) {
      chars(i + n) = chars(i)
      i -= 1
    }
    var j = 0
    while (j < n) {
      chars(index + j) = text.charAt(j)
      j += 1
    }
    count += n
    this
  }

  def insert(index: Int, c: Char): StringBuilder = insert(index, c.toString)
  def insert(index: Int, i: Int): StringBuilder = insert(index, "" + i)
  def insert(index: Int, l: Long): StringBuilder = insert(index, "" + l)
  def insert(index: Int, d: Double): StringBuilder = insert(index, "" + d)
  def insert(index: Int, f: Float): StringBuilder = insert(index, "" + f)
  def insert(index: Int, b: Boolean): StringBuilder = insert(index, "" + b)
  def insert(index: Int, x: Any): StringBuilder = insert(index, "" + x)

  // Removes [start, end), end clamped to the length (AbstractStringBuilder.delete).
  def delete(start: Int, end0: Int): StringBuilder = {
    val end = if (end0 > count) count else end0
    if (start < 0 || start > end) Runtime.substringOutOfBounds(start, end, count)
    val n = end - start
    var i = start
    while (i + n < count) {
      chars(i) = chars(i + n)
      i += 1
    }
    count -= n
    this
  }

  def replace(start: Int, end0: Int, s: String): StringBuilder = {
    val end = if (end0 > count) count else end0
    if (start < 0 || start > end || start > count) Runtime.substringOutOfBounds(start, end, count)
    delete(start, end)
    insert(start, s)
  }

  def lastIndexOf(s: String): Int = StringLib.lastIndexOf(toString(), s)
  def indexOf(s: String, from: Int): Int = StringLib.indexOf(toString(), s, from)
  def result(): String = toString()
  def mkString: String = toString()

  // Reverses the UTF-16 units, keeping each surrogate pair in order (java.lang.AbstractStringBuilder.reverse).
  def reverse(): StringBuilder = {
    var i = 0
    var j = count - 1
    while (i < j) {
      val c = chars(i)
      chars(i) = chars(j)
      chars(j) = c
      i += 1
      j -= 1
    }
    var k = 0
    while (k + 1 < count) {
      if (chars(k) >= '\uDC00' && chars(k) < '\uE000' && chars(k + 1) >= '\uD800' && chars(k + 1) < '\uDC00') {
        val low = chars(k)
        chars(k) = chars(k + 1)
        chars(k + 1) = low
        k += 1
      }
      k += 1
    }
    this
  }

  def length(): Int = count

  def size(): Int = count

  def charAt(index: Int): Char = {
    if (index < 0 || index >= count) Runtime.stringIndexOutOfBounds(index, count)
    chars(index)
  }

  def apply(index: Int): Char = charAt(index)

  def setCharAt(index: Int, c: Char): Unit = {
    if (index < 0 || index >= count) Runtime.stringIndexOutOfBounds(index, count)
    chars(index) = c
  }

  def deleteCharAt(index: Int): StringBuilder = {
    if (index < 0 || index >= count) Runtime.stringIndexOutOfBounds(index, count)
    var i = index
    while (i + 1 < count) {
      chars(i) = chars(i + 1)
      i += 1
    }
    count -= 1
    this
  }

  def setLength(n: Int): Unit = {
    reserve(n - count)
    while (count < n) {
      chars(count) = '\u0000'
      count += 1
    }
    count = n
  }

  def clear(): Unit = { count = 0 }

  def isEmpty: Boolean = count == 0

  def nonEmpty: Boolean = count > 0

  def indexOf(s: String): Int = StringLib.indexOf(toString(), s, 0)

  def substring(start: Int): String = toString().substring(start)

  def substring(start: Int, end: Int): String = toString().substring(start, end)

  override def toString(): String = new String(chars, 0, count)
}
