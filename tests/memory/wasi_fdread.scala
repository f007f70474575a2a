// wasi.fdRead from stdin (NAME.in) into a small buffer until end of input: byte and line counts, the first line,
// and fdRead from a descriptor that is not open (errno 8, badf).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiFdRead {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val buf = a.allocate(16)
      val iov = a.allocate(8)
      val nread = a.allocate(4)
      iov.setInt(0, buf.start)
      iov.setInt(4, buf.size)
      var total = 0
      var lines = 0
      var reads = 0
      var first = ""
      var done = false
      while (!done) {
        val errno = wasi.fdRead(wasi.STDIN, iov.start, 1, nread.start)
        val n = nread.getInt(0)
        if (errno != 0 || n == 0) done = true
        else {
          reads += 1
          var i = 0
          while (i < n) {
            val b = buf.getByte(i)
            if (b == 10) lines += 1
            else if (lines == 0) first = first + b.toChar
            i += 1
          }
          total += n
        }
      }
      println("bytes " + total)
      println("lines " + lines)
      println("first " + first)
      println("more than one read: " + (reads > 1))
      println("bad fd: " + wasi.fdRead(77, iov.start, 1, nread.start))
    }
  }
}
