// A complete program that writes through fd_write, checks every errno and stays within its segments.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object CorrectWasiWrite {
  def write(fd: Int, text: String): Int = withMemoryAllocator { a =>
    val data = a.allocate(text.length)
    var i = 0
    while (i < text.length) { data.setByte(i, text.charAt(i).toByte); i += 1 }
    val iov = a.allocate(8)
    iov.setInt(0, data.start)
    iov.setInt(4, data.size)
    val written = a.allocate(4)
    val errno = wasi.fdWrite(fd, iov.start, 1, written.start)
    if (errno != 0) -errno else written.getInt(0)
  }

  def main(args: Array[String]): Unit = {
    val n = write(wasi.STDOUT, "hello\n")
    println(n)
  }
}
