// The same for a user's @WasmImport of a preview1 function; proc_exit returns nothing to ignore.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object IgnoredErrnoUserImport {
  @WasmImport("wasi_snapshot_preview1", "fd_close")
  def fdClose(fd: Int): Int = native

  @WasmImport("wasi_snapshot_preview1", "sched_yield")
  def schedYield(): Int = native

  @WasmImport("wasi_snapshot_preview1", "proc_exit")
  def procExit(code: Int): Unit = native

  def main(args: Array[String]): Unit = {
    fdClose(42) // expect: hint ignored-errno
    schedYield() // expect: hint ignored-errno
    val e = fdClose(43)
    println(e != 0)
    procExit(0)
  }
}
