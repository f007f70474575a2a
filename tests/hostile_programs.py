"""Programs written to beat a run's limits (issue 16), shared by the CLI and the run-lens tests."""

RECURSE = """object Recurse {
  var deepest = 0
  def down(n: Int): Int = {
    deepest = n
    1 + down(n + 1)
  }
  def main(args: Array[String]): Unit = {
    println(down(0))
  }
}
"""
GC_HEAP = """object Hoard {
  def main(args: Array[String]): Unit = {
    val keep = new Array[Array[Long]](100000)
    var i = 0
    while (true) {
      keep(i) = new Array[Long](65536)
      i += 1
    }
  }
}
"""
LINEAR = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Linear {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      while (true) {
        val s = a.allocate(1048576)
        s.setByte(0, 1)
      }
    }
  }
}
"""
PRINT = """object Flood {
  def main(args: Array[String]): Unit = {
    var i = 0L
    while (true) { println("line " + i); i += 1 }
  }
}
"""
SLEEP = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Sleep {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val sub = a.allocate(48)
      val ev = a.allocate(32)
      val n = a.allocate(4)
      sub.setLong(0, 1L)
      sub.setByte(8, 0)
      sub.setInt(16, 1)
      sub.setLong(24, 600000000000L)
      sub.setLong(32, 0L)
      sub.setShort(40, 0)
      println("sleeping")
      println(wasi.pollOneoff(sub.start, ev.start, 1, n.start))
      println("woke")
    }
  }
}
"""
READ_STDIN = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ReadStdin {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val buf = a.allocate(16)
      val iov = a.allocate(8)
      val nread = a.allocate(4)
      iov.setInt(0, buf.start)
      iov.setInt(4, buf.size)
      println("reading")
      val errno = wasi.fdRead(wasi.STDIN, iov.start, 1, nread.start)
      println("read " + errno + " " + nread.getInt(0))
    }
  }
}
"""
