// The errno of a wasi.* call thrown away is a hint; using it in any way is silent.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object IgnoredErrnoWasi {
  def closeQuietly(fd: Int): Unit = {
    wasi.fdClose(fd) // expect: hint ignored-errno
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val buf = a.allocate(16)
      wasi.randomGet(buf.start, 16) // expect: hint ignored-errno
      val errno = wasi.randomGet(buf.start, 16)
      if (wasi.randomGet(buf.start, 8) != 0) println("random_get failed")
      println(errno == 0)
      println(wasi.randomGet(buf.start, 4))
    }
    closeQuietly(99)
  }
}
