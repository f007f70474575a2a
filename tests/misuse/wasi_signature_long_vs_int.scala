// Long where preview1 has i32, and Int where it has i64 (clock_time_get's precision is an i64).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiSignatureLongVsInt {
  @WasmImport("wasi_snapshot_preview1", "clock_time_get")
  def clockTimeGet(id: Int, precision: Int, out: Int): Int = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "fd_close")
  def fdClose(fd: Long): Int = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "args_sizes_get")
  def argsSizesGet(argc: Int, size: Int): Long = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "clock_res_get")
  def clockResGet(id: Int, out: Int): Int = native

  def main(args: Array[String]): Unit = {
    println("ok")
  }
}
