// The runtime's Scala half: printing, program arguments and the JVM-style failures, written in the subset itself
// and linked into a program only when reached. `Memory` and `Wasi` are prelude-only primitives: each is one Wasm
// instruction or one WASI import.
object Runtime {
  // The runtime's own low area (below the allocator's heap): an iovec and result words for WASI calls made before
  // any heap exists, and a buffer for printing when memory cannot grow. Printing otherwise uses the free memory
  // above the allocation mark: a runtime-internal scope that allocates nothing, so it nests inside any user scope
  // without touching a user segment.
  final val IOV = 1024
  final val RESULT = 1032
  final val SCRATCH = 1040
  final val LOW_BUFFER = 1088
  final val LOW_BUFFER_CHARS = 2700  // 3 bytes each, a newline and a split pair's spill fit in 8,192 bytes

  // The string as UTF-8 (plus a newline) in one buffer, written with one fd_write (more only if the host writes
  // less than asked, or if memory cannot grow to hold the whole text).
  def print(s: String, fd: Int, newline: Boolean): Unit = {
    val n = s.length
    val iov = (Memory.mark() + 7) & -8
    val buffer = iov + 16
    val end = buffer + 3 * n + 1  // a UTF-16 unit needs at most 3 bytes in UTF-8 (a pair: 4 for 2 units)
    if (Memory.tryGrowTo(end) >= end) {
      var used = encode(s, 0, n, buffer)
      if (newline) {
        Memory.store8(buffer + used, 10)
        used += 1
      }
      write(fd, iov, buffer, used)
    } else {
      var from = 0
      while (from < n) {
        var to = if (n - from > LOW_BUFFER_CHARS) from + LOW_BUFFER_CHARS else n
        if (to < n && isLowSurrogate(Strings.unsafeCharAt(s, to).toInt)) to += 1  // keep a pair together
        write(fd, IOV, LOW_BUFFER, encode(s, from, to, LOW_BUFFER))
        from = to
      }
      if (newline) {
        Memory.store8(LOW_BUFFER, 10)
        write(fd, IOV, LOW_BUFFER, 1)
      }
    }
  }

  // Encodes s[from, to) as UTF-8 at address target; returns the number of bytes.
  def encode(s: String, from: Int, to: Int, target: Int): Int = {
    var used = 0
    var i = from
    while (i < to) {
      val c = Strings.unsafeCharAt(s, i).toInt
      if (c < 0x80) {
        Memory.store8(target + used, c)
        used += 1
      } else if (c < 0x800) {
        Memory.store8(target + used, 0xC0 | (c >> 6))
        Memory.store8(target + used + 1, 0x80 | (c & 0x3F))
        used += 2
      } else if (c >= 0xD800 && c < 0xDC00 && i + 1 < to && isLowSurrogate(Strings.unsafeCharAt(s, i + 1).toInt)) {
        val code = 0x10000 + ((c - 0xD800) << 10) + (Strings.unsafeCharAt(s, i + 1).toInt - 0xDC00)
        Memory.store8(target + used, 0xF0 | (code >> 18))
        Memory.store8(target + used + 1, 0x80 | ((code >> 12) & 0x3F))
        Memory.store8(target + used + 2, 0x80 | ((code >> 6) & 0x3F))
        Memory.store8(target + used + 3, 0x80 | (code & 0x3F))
        used += 4
        i += 1
      } else if (c >= 0xD800 && c < 0xE000) {
        // A lone surrogate has no UTF-8 form; the JVM's encoder writes '?' in its place.
        Memory.store8(target + used, 63)
        used += 1
      } else {
        Memory.store8(target + used, 0xE0 | (c >> 12))
        Memory.store8(target + used + 1, 0x80 | ((c >> 6) & 0x3F))
        Memory.store8(target + used + 2, 0x80 | (c & 0x3F))
        used += 3
      }
      i += 1
    }
    used
  }

  def isLowSurrogate(c: Int): Boolean = c >= 0xDC00 && c < 0xE000

  // Writes memory[data, data + length) to fd through the iovec at iov, looping over short writes.
  def write(fd: Int, iov: Int, data: Int, length: Int): Unit = {
    var start = 0
    while (start < length) {
      Memory.store32(iov, data + start)
      Memory.store32(iov + 4, length - start)
      val errno = Wasi.fdWrite(fd, iov, 1, iov + 8)
      if (errno != 0) return
      val written = Memory.load32(iov + 8)
      if (written <= 0) return
      start += written
    }
  }

  // The program's arguments (WASI argv without the program name), decoded from UTF-8.
  def mainArgs(): Array[String] = {
    Wasi.argsSizesGet(SCRATCH, SCRATCH + 4)
    val argc = Memory.load32(SCRATCH)
    val bufSize = Memory.load32(SCRATCH + 4)
    val pointers = Memory.heapStart()
    val buffer = pointers + 4 * argc
    Memory.ensureAvailable(buffer + bufSize)
    Wasi.argsGet(pointers, buffer)
    val count = if (argc > 0) argc - 1 else 0
    val args = new Array[String](count)
    var k = 0
    while (k < count) {
      args(k) = decodeCString(Memory.load32(pointers + 4 * (k + 1)))
      k += 1
    }
    args
  }

  // A NUL-terminated UTF-8 string in linear memory, as UTF-16.
  def decodeCString(address: Int): String = {
    var end = address
    while (Memory.load8u(end) != 0) end += 1
    val chars = new Array[Char](end - address)
    var n = 0
    var p = address
    while (p < end) {
      val b = Memory.load8u(p)
      if (b < 0x80) {
        chars(n) = b.toChar
        p += 1
      } else if (b < 0xE0) {
        chars(n) = (((b & 0x1F) << 6) | (Memory.load8u(p + 1) & 0x3F)).toChar
        p += 2
      } else if (b < 0xF0) {
        chars(n) = (((b & 0x0F) << 12) | ((Memory.load8u(p + 1) & 0x3F) << 6) | (Memory.load8u(p + 2) & 0x3F)).toChar
        p += 3
      } else {
        val code = ((b & 0x07) << 18) | ((Memory.load8u(p + 1) & 0x3F) << 12) |
          ((Memory.load8u(p + 2) & 0x3F) << 6) | (Memory.load8u(p + 3) & 0x3F)
        chars(n) = (0xD800 + ((code - 0x10000) >> 10)).toChar
        n += 1
        chars(n) = (0xDC00 + ((code - 0x10000) & 0x3FF)).toChar
        p += 4
      }
      n += 1
    }
    new String(chars, 0, n)
  }

  // The JVM's `%` on Double (IEEE fmod: the exact remainder of truncating division, sign of x), for every
  // magnitude: long division on the significands, one bit at a time (after musl's fmod).
  def remainder(x: Double, y: Double): Double = {
    val xBits = java.lang.Double.doubleToRawLongBits(x)
    val yBits = java.lang.Double.doubleToRawLongBits(y)
    var ex = ((xBits >>> 52) & 0x7FF).toInt
    var ey = ((yBits >>> 52) & 0x7FF).toInt
    val signBit = xBits & Long.MinValue
    if ((yBits << 1) == 0L || y != y || ex == 0x7FF) return (x * y) / (x * y)  // NaN
    if (unsignedLessOrEqual(xBits << 1, yBits << 1)) {
      if ((xBits << 1) == (yBits << 1)) return 0.0 * x
      return x
    }
    var mx = 0L
    if (ex == 0) {
      var probe = xBits << 12
      while ((probe >>> 63) == 0L) { ex -= 1; probe = probe << 1 }
      mx = xBits << (1 - ex)
    } else {
      mx = (xBits & (-1L >>> 12)) | (1L << 52)
    }
    var my = 0L
    if (ey == 0) {
      var probe = yBits << 12
      while ((probe >>> 63) == 0L) { ey -= 1; probe = probe << 1 }
      my = yBits << (1 - ey)
    } else {
      my = (yBits & (-1L >>> 12)) | (1L << 52)
    }
    while (ex > ey) {
      val diff = mx - my
      if ((diff >>> 63) == 0L) {
        if (diff == 0L) return 0.0 * x
        mx = diff
      }
      mx = mx << 1
      ex -= 1
    }
    val diff = mx - my
    if ((diff >>> 63) == 0L) {
      if (diff == 0L) return 0.0 * x
      mx = diff
    }
    while ((mx >>> 52) == 0L) { mx = mx << 1; ex -= 1 }
    if (ex > 0) mx = (mx - (1L << 52)) | (ex.toLong << 52)
    else mx = mx >>> (1 - ex)
    java.lang.Double.longBitsToDouble(mx | signBit)
  }

  def unsignedLessOrEqual(a: Long, b: Long): Boolean = (a ^ Long.MinValue) <= (b ^ Long.MinValue)

  def stringOrNull(s: String): String = if (s == null) "null" else s

  // Object.toString of a class without its own: `Name@hex` of its hash code.
  def objectToString(name: String, hash: Int): String = name + "@" + IntegerLib.toHexString(hash)

  def stringEquals(a: String, b: String): Boolean = {
    if (a == null) return b == null
    if (b == null) return false
    val n = a.length
    if (n != b.length) return false
    var i = 0
    while (i < n) {
      if (Strings.unsafeCharAt(a, i) != Strings.unsafeCharAt(b, i)) return false
      i += 1
    }
    true
  }

  def booleanToString(b: Boolean): String = if (b) "true" else "false"

  // `Vector(1, 2)`, `(1,a)`: the parts after the prefix, separated by ", ", then ")".
  def joinParts(prefix: String, parts: Array[String]): String = {
    var out = prefix
    var i = 0
    while (i < parts.length) {
      if (i > 0) out = out + ", "
      out = out + parts(i)
      i += 1
    }
    out + ")"
  }

  // An uncaught exception: the first line the JVM would print, then exit status 1.
  // The runner reads the trap's frames to point at the failing line; any other host stops with a trap too.
  // An exception escaping an object's initializer reaches main as java.lang.ExceptionInInitializerError, with the
  // exception printed after it as its cause (an Error is not wrapped). `error`: the exception is an Error.
  def report(message: String, error: Boolean): Nothing = {
    if (initializing > 0 && !error) {
      print("Exception in thread \"main\" java.lang.ExceptionInInitializerError", 2, true)
      print("Caused by: " + message, 2, true)
    } else {
      print("Exception in thread \"main\" " + message, 2, true)
    }
    Wasm.abort()
  }

  // How many object initializers are running: lowering counts each one in and out.
  var initializing = 0

  // The Errors among the lines of the runtime's hand-written helpers.
  def isErrorLine(line: String): Boolean = startsWith(line, "java.lang.OutOfMemoryError")

  def startsWith(s: String, prefix: String): Boolean = {
    val n = prefix.length
    if (s.length < n) return false
    var i = 0
    while (i < n) {
      if (Strings.unsafeCharAt(s, i) != Strings.unsafeCharAt(prefix, i)) return false
      i += 1
    }
    true
  }

  // How many `try` regions are running (lowering counts each one in and out). With none, nothing can catch an
  // exception, so it is reported where it is thrown: the trap's frames then still say where the program was.
  var handlers = 0

  // `throw t`: to the innermost `try` as a Wasm exception, or reported when no `try` is running.
  def raise(t: Throwable): Nothing = {
    val thrown = if (t == null) new NullPointerException() else t
    if (handlers == 0) report(thrown.toString, thrown.isInstanceOf[Error])
    Wasm.throwTag(thrown)
  }

  // A failure of the runtime, given as the line the JVM prints ("java.lang.X: message"): reported here when no
  // `try` is running, else thrown as a throwable of that class (Throwables.fromLine, which a program without
  // `try` does not link: lowering makes `Wasm.throwableOfLine` unreachable there).
  def fail(line: String): Nothing =
    if (handlers == 0) report(line, isErrorLine(line)) else raise(Wasm.throwableOfLine(line))

  def divisionByZero(): Nothing = throw new ArithmeticException("/ by zero")

  // A failed cast (`asInstanceOf`): message is the JVM's ("class A cannot be cast to class B ...").
  def classCast(message: String): Nothing = throw new ClassCastException(message)

  // A null dereference in a program with `try` (elsewhere Wasm's trap reports it). No message: what the JVM
  // gives without its helpful-NullPointerException details.
  def nullPointer(): Nothing = throw new NullPointerException()

  def arrayIndexOutOfBounds(index: Int, length: Int): Nothing =
    throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length)

  def negativeArraySize(size: Int): Nothing = throw new NegativeArraySizeException("" + size)

  def stringIndexOutOfBounds(index: Int, length: Int): Nothing =
    throw new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length)

  def substringOutOfBounds(begin: Int, end: Int, length: Int): Nothing =
    throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " +
      length)  // JDK 25's wording (JDK 17 said "begin B, end E, length L")

  def segmentOutOfBounds(offset: Int, width: Int, size: Int): Nothing =
    throw new IndexOutOfBoundsException("MemorySegment access out of bounds: offset " + offset +
      ", width " + width + ", size " + size)

  def negativeAllocation(size: Int): Nothing =
    throw new IllegalArgumentException("negative allocation size " + size)

  // `value` is the unmatched value as a String, null only for a null String (which the JVM shows as `null`).
  def matchError(value: String, className: String): Nothing =
    if (value == null) throw new MatchError("null")
    else throw new MatchError(value + " (of class " + className + ")")
}
