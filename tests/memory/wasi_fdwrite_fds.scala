// wasi.fdWrite to stdout and stderr, the byte count it reports, an empty write, descriptors that are not open
// (errno 8, badf), and two iovecs written completely by looping over short writes (a host may write fewer bytes
// than the iovecs hold; wasmtime writes only the first non-empty iovec per call).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiFdWriteFds {
  def put(s: MemorySegment, text: String): Unit = {
    var i = 0
    while (i < text.length) {
      s.setByte(i, text.charAt(i).toByte)
      i += 1
    }
  }

  def write(fd: Int, text: String): Int = withMemoryAllocator { a =>
    val data = a.allocate(text.length)
    put(data, text)
    val iov = a.allocate(8)
    iov.setInt(0, data.start)
    iov.setInt(4, data.size)
    val written = a.allocate(4)
    val errno = wasi.fdWrite(fd, iov.start, 1, written.start)
    if (errno != 0) -errno else written.getInt(0)
  }

  // Writes both texts with one iovec each, calling fd_write until every byte is out; returns the total.
  def writeBoth(fd: Int, first: String, second: String): Int = withMemoryAllocator { a =>
    val one = a.allocate(first.length)
    val two = a.allocate(second.length)
    put(one, first)
    put(two, second)
    val iovs = a.allocate(16)
    iovs.setInt(0, one.start)
    iovs.setInt(4, one.size)
    iovs.setInt(8, two.start)
    iovs.setInt(12, two.size)
    val written = a.allocate(4)
    var total = 0
    var failed = 0
    while (failed == 0 && iovs.getInt(4) + iovs.getInt(12) > 0) {
      val errno = wasi.fdWrite(fd, iovs.start, 2, written.start)
      if (errno != 0) failed = errno
      else {
        var n = written.getInt(0)
        total += n
        val fromFirst = if (n < iovs.getInt(4)) n else iovs.getInt(4)
        iovs.setInt(0, iovs.getInt(0) + fromFirst)
        iovs.setInt(4, iovs.getInt(4) - fromFirst)
        n -= fromFirst
        iovs.setInt(8, iovs.getInt(8) + n)
        iovs.setInt(12, iovs.getInt(12) - n)
      }
    }
    if (failed != 0) -failed else total
  }

  def main(args: Array[String]): Unit = {
    println(write(wasi.STDOUT, "to stdout\n"))
    println(write(wasi.STDERR, "to stderr\n"))
    println(write(wasi.STDOUT, ""))
    println(write(5, "bad fd\n"))
    println(write(-1, "bad fd\n"))
    println(writeBoth(wasi.STDOUT, "first half, ", "second half\n"))
    println(writeBoth(wasi.STDERR, "", "only the second\n"))
    println(writeBoth(7, "x", "y"))
    println("stdin is " + wasi.STDIN)
  }
}
