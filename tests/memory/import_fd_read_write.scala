// fd_read and fd_write through @WasmImport declarations: stdin (NAME.in) copied to stdout in upper case, and a
// write to a descriptor that is not open (errno 8).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Io {
  @WasmImport("wasi_snapshot_preview1", "fd_read")
  def read(fd: Int, iovs: Int, iovsLen: Int, nread: Int): Int = native

  @WasmImport("wasi_snapshot_preview1", "fd_write")
  def write(fd: Int, iovs: Int, iovsLen: Int, nwritten: Int): Int = native
}

object ImportFdReadWrite {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val buf = a.allocate(10)
      val iov = a.allocate(8)
      val count = a.allocate(4)
      iov.setInt(0, buf.start)
      var total = 0
      var done = false
      while (!done) {
        iov.setInt(4, buf.size)
        val errno = Io.read(0, iov.start, 1, count.start)
        val n = count.getInt(0)
        if (errno != 0 || n == 0) done = true
        else {
          var i = 0
          while (i < n) {
            val b = buf.getByte(i)
            if (b >= 97 && b <= 122) buf.setByte(i, (b - 32).toByte)
            i += 1
          }
          iov.setInt(4, n)
          Io.write(1, iov.start, 1, count.start)
          total += count.getInt(0)
        }
      }
      println()
      println("copied " + total)
      println("bad fd: " + Io.write(9, iov.start, 1, count.start))
      println("stderr: " + Io.write(2, iov.start, 1, count.start))
    }
  }
}
