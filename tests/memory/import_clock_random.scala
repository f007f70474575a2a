// clock_time_get and random_get through user-written @WasmImport declarations instead of `wasi.*`.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Host {
  @WasmImport("wasi_snapshot_preview1", "clock_time_get")
  def clockTimeGet(clockId: Int, precision: Long, time: Int): Int = native

  @WasmImport("wasi_snapshot_preview1", "random_get")
  def randomGet(buf: Int, len: Int): Int = native
}

object ImportClockRandom {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val t = a.allocate(16)
      println(Host.clockTimeGet(0, 1000L, t.start))
      println(Host.clockTimeGet(1, 1L, t.start + 8))
      println("time > 0: " + (t.getLong(0) > 0 && t.getLong(8) > 0))
      val x = a.allocate(64)
      val y = a.allocate(64)
      println(Host.randomGet(x.start, 64) + Host.randomGet(y.start, 64))
      var same = 0
      var i = 0
      while (i < 64) {
        if (x.getByte(i) == y.getByte(i)) same += 1
        i += 1
      }
      println("two random buffers differ: " + (same < 64))
    }
  }
}
