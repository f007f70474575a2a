// Names that preview1 does not have, with a suggestion (and a fix) when one is close.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object UnknownWasiImport {
  @WasmImport("wasi_snapshot_preview1", "fd_clsoe")
  def fdClose(fd: Int): Int = native // expect: error unknown-wasi-import

  @WasmImport("wasi_snapshot_preview1", "random_gte")
  def randomGet(buf: Int, len: Int): Int = native // expect: error unknown-wasi-import

  @WasmImport("wasi_snapshot_preview1", "qqqqqqqqqq")
  def nothingLikeIt(x: Int): Int = native // expect: error unknown-wasi-import

  def main(args: Array[String]): Unit = {
    println("ok")
  }
}
