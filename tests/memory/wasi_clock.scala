// wasi.clockTimeGet: the realtime clock is after 2020 and the monotonic clock does not go backwards.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiClock {
  def now(clock: Int): Long = withMemoryAllocator { a =>
    val t = a.allocate(8)
    val errno = wasi.clockTimeGet(clock, 1L, t.start)
    if (errno != 0) -errno else t.getLong(0)
  }

  def main(args: Array[String]): Unit = {
    val real = now(0)
    println("realtime after 2020: " + (real > 1577836800L * 1000000000L))
    val m1 = now(1)
    var spin = 0
    while (spin < 100000) spin += 1
    val m2 = now(1)
    println("time > 0: " + (m1 > 0))
    println("monotonic: " + (m2 >= m1))
  }
}
