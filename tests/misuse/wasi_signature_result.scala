// A preview1 import with the wrong result: every function but proc_exit returns an i32 errno.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiSignatureResult {
  @WasmImport("wasi_snapshot_preview1", "fd_close")
  def fdClose(fd: Int): Unit = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "sched_yield")
  def schedYield(): Boolean = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "proc_exit")
  def procExit(code: Int): Int = native // expect: error wasi-signature

  def main(args: Array[String]): Unit = {
    println("ok")
  }
}
