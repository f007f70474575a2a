// A plain-Scala JVM stand-in for the `scala.scalajs.wasm` library, used only to produce the expected outputs of
// tests/memory/*.scala with a real Scala compiler (see tests/memory/README.md). It models one linear memory: a
// little-endian ByteBuffer whose allocator heap starts at 16384 (below it the runtime's own I/O area), a bump
// pointer rounded up to 8 bytes per segment, zero-filled allocations, a mark saved and restored by every
// withMemoryAllocator scope, and the same failures (exception class and message) as the compiled program.
//
// System properties the generator sets: `wasm.memoryLimit` (bytes, like wasmtime's memory limit: growth beyond it
// fails), `wasi.argv0` (WASI's argv[0], the program name the test runner passes), `wasi.env` (the WASI environment:
// KEY=VALUE entries separated by newlines, sorted by key as the runner passes them).
package scala.scalajs.wasm

import java.nio.{ByteBuffer, ByteOrder}

object Linear {
  final val HeapStart = 16384
  final val PageSize = 65536
  private val limit: Long = {
    val p = System.getProperty("wasm.memoryLimit")
    if (p == null) 1L << 32 else p.toLong
  }
  var buffer: ByteBuffer = ByteBuffer.allocate(PageSize).order(ByteOrder.LITTLE_ENDIAN)
  var mark: Int = HeapStart
  var activeScope: Int = 0
  var scopeCounter: Int = 0

  def size: Long = buffer.capacity.toLong

  // Grows one 64 KiB page at a time (as memory.grow 1 does) until `end` bytes exist.
  def ensureAvailable(end: Long): Unit = {
    if (end > size) {
      var pages = size / PageSize
      while (pages * PageSize < end) {
        if ((pages + 1) * PageSize > limit) throw new OutOfMemoryError("out of linear memory")
        pages += 1
      }
      val bigger = ByteBuffer.allocate((pages * PageSize).toInt).order(ByteOrder.LITTLE_ENDIAN)
      bigger.put(buffer.array, 0, buffer.capacity)
      buffer = bigger
    }
  }

  def cString(address: Int): Array[Byte] = {
    var end = address
    while (buffer.get(end) != 0) end += 1
    java.util.Arrays.copyOfRange(buffer.array, address, end)
  }
}

object memory {
  def withMemoryAllocator[T](body: MemoryAllocator => T): T = {
    val savedMark = Linear.mark
    val savedScope = Linear.activeScope
    Linear.scopeCounter += 1
    Linear.activeScope = Linear.scopeCounter
    val allocator = new MemoryAllocator(Linear.scopeCounter)
    try body(allocator)
    finally {
      allocator.ended = true
      Linear.mark = savedMark
      Linear.activeScope = savedScope
    }
  }
}

final class MemoryAllocator private[wasm] (private[wasm] val id: Int) {
  private[wasm] var ended = false

  def allocate(size: Int): MemorySegment = {
    if (ended)
      throw new IllegalStateException("MemoryAllocator used after its withMemoryAllocator scope ended")
    if (id != Linear.activeScope)
      throw new IllegalStateException(
        "allocating from a suspended MemoryAllocator (an inner withMemoryAllocator scope is active)")
    if (size < 0) throw new IllegalArgumentException("negative allocation size " + size)
    val start = Linear.mark
    val end = start.toLong + ((size.toLong + 7) & ~7L)
    if (end > (1L << 32) - 1) throw new OutOfMemoryError("out of linear memory")
    Linear.ensureAvailable(end)
    java.util.Arrays.fill(Linear.buffer.array, start, start + size, 0.toByte)
    Linear.mark = end.toInt
    new MemorySegment(start, size, this)
  }
}

final class MemorySegment private[wasm] (val start: Int, val size: Int, allocator: MemoryAllocator) {
  private def at(offset: Int, width: Int): Int = {
    if (allocator.ended)
      throw new IllegalStateException("MemorySegment used after its withMemoryAllocator scope ended")
    if (offset < 0 || offset > size - width)
      throw new IndexOutOfBoundsException(
        "MemorySegment access out of bounds: offset " + offset + ", width " + width + ", size " + size)
    start + offset
  }
  private def buf = Linear.buffer

  def getByte(offset: Int): Byte = buf.get(at(offset, 1))
  def setByte(offset: Int, value: Byte): Unit = buf.put(at(offset, 1), value)
  def getShort(offset: Int): Short = buf.getShort(at(offset, 2))
  def setShort(offset: Int, value: Short): Unit = buf.putShort(at(offset, 2), value)
  def getInt(offset: Int): Int = buf.getInt(at(offset, 4))
  def setInt(offset: Int, value: Int): Unit = buf.putInt(at(offset, 4), value)
  def getLong(offset: Int): Long = buf.getLong(at(offset, 8))
  def setLong(offset: Int, value: Long): Unit = buf.putLong(at(offset, 8), value)
  // Raw bits, as f32.load/f32.store move them (a NaN keeps its payload).
  def getFloat(offset: Int): Float = java.lang.Float.intBitsToFloat(buf.getInt(at(offset, 4)))
  def setFloat(offset: Int, value: Float): Unit = buf.putInt(at(offset, 4), java.lang.Float.floatToRawIntBits(value))
  def getDouble(offset: Int): Double = java.lang.Double.longBitsToDouble(buf.getLong(at(offset, 8)))
  def setDouble(offset: Int, value: Double): Unit =
    buf.putLong(at(offset, 8), java.lang.Double.doubleToRawLongBits(value))
}

// WASI preview1, for the calls the test programs make. Every function returns an errno (0: success).
object wasi {
  final val STDIN = 0
  final val STDOUT = 1
  final val STDERR = 2
  final val EBADF = 8
  final val EINVAL = 28

  private def mem = Linear.buffer

  private lazy val argv: Array[Array[Byte]] = {
    val command = System.getProperty("sun.java.command").split(" ").drop(1) // the JVM's main class, then args
    val name = System.getProperty("wasi.argv0", "main")
    (name +: command).filter(_.nonEmpty).map(_.getBytes("UTF-8"))
  }

  private lazy val environ: Array[Array[Byte]] = {
    val entries = System.getProperty("wasi.env", "").split("\n").filter(_.nonEmpty)
    entries.sortBy(_.takeWhile(_ != '=')).map(_.getBytes("UTF-8"))
  }

  private def sizes(items: Array[Array[Byte]], countPtr: Int, bufSizePtr: Int): Int = {
    mem.putInt(countPtr, items.length)
    mem.putInt(bufSizePtr, items.map(_.length + 1).sum)
    0
  }

  private def strings(items: Array[Array[Byte]], pointers: Int, buf: Int): Int = {
    var p = buf
    for ((item, i) <- items.zipWithIndex) {
      mem.putInt(pointers + 4 * i, p)
      for (b <- item) { mem.put(p, b); p += 1 }
      mem.put(p, 0.toByte); p += 1
    }
    0
  }

  def argsSizesGet(argc: Int, argvBufSize: Int): Int = sizes(argv, argc, argvBufSize)
  def argsGet(argvPtr: Int, argvBuf: Int): Int = strings(argv, argvPtr, argvBuf)
  def environSizesGet(count: Int, bufSize: Int): Int = sizes(environ, count, bufSize)
  def environGet(environPtr: Int, environBuf: Int): Int = strings(environ, environPtr, environBuf)

  def fdWrite(fd: Int, iovs: Int, iovsLen: Int, nwritten: Int): Int = {
    val out = if (fd == STDOUT) System.out else if (fd == STDERR) System.err else null
    if (out == null) return EBADF
    // Like wasmtime: one call writes the first non-empty iovec only (a short write the program must continue).
    var total = 0
    var i = 0
    while (i < iovsLen && total == 0) {
      val base = mem.getInt(iovs + 8 * i)
      val len = mem.getInt(iovs + 8 * i + 4)
      out.write(mem.array, base, len)
      total += len
      i += 1
    }
    out.flush()
    mem.putInt(nwritten, total)
    0
  }

  def fdRead(fd: Int, iovs: Int, iovsLen: Int, nread: Int): Int = {
    if (fd != STDIN) return EBADF
    var total = 0
    var i = 0
    var eof = false
    while (i < iovsLen && !eof) {
      val base = mem.getInt(iovs + 8 * i)
      val len = mem.getInt(iovs + 8 * i + 4)
      var got = 0
      while (got < len && !eof) {
        val n = System.in.read(mem.array, base + got, len - got)
        if (n < 0) eof = true else got += n
      }
      total += got
      i += 1
    }
    mem.putInt(nread, total)
    0
  }

  private val random = new java.security.SecureRandom()

  def randomGet(buf: Int, bufLen: Int): Int = {
    val bytes = new Array[Byte](bufLen)
    random.nextBytes(bytes)
    System.arraycopy(bytes, 0, mem.array, buf, bufLen)
    0
  }

  // Clock 0 is the realtime clock (ns since 1970), 1 the monotonic clock.
  def clockTimeGet(clockId: Int, precision: Long, time: Int): Int = {
    val now =
      if (clockId == 0) System.currentTimeMillis() * 1000000L
      else if (clockId == 1) System.nanoTime()
      else return EINVAL
    mem.putLong(time, now)
    0
  }

  def procExit(code: Int): Nothing = { System.exit(code); throw new Error }
}

final class WasmImport(module: String, name: String) extends scala.annotation.StaticAnnotation

object `package` {
  // The body of an imported method. On the JVM the generator rewrites WASI imports to call `wasi` instead.
  def native: Nothing = throw new Error("native: a @WasmImport body cannot run on the JVM")
}
