// wasi.randomGet fills a segment: two 32-byte buffers differ and are not all zeros.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiRandom {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val x = a.allocate(32)
      val y = a.allocate(32)
      println(wasi.randomGet(x.start, x.size))
      println(wasi.randomGet(y.start, y.size))
      var differ = false
      var nonZero = false
      var i = 0
      while (i < 32) {
        if (x.getByte(i) != y.getByte(i)) differ = true
        if (x.getByte(i) != 0) nonZero = true
        i += 1
      }
      println("two random buffers differ: " + differ)
      println("not all zeros: " + nonZero)
      val empty = a.allocate(0)
      println(wasi.randomGet(empty.start, 0))
    }
  }
}
