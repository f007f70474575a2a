// A preview1 import declared with the wrong number or kinds of parameters.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiSignatureParams {
  @WasmImport("wasi_snapshot_preview1", "fd_write")
  def fdWrite(fd: Int, iovs: Int, len: Int): Int = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "random_get")
  def randomGet(buf: Double, len: Int): Int = native // expect: error wasi-signature

  @WasmImport("wasi_snapshot_preview1", "fd_close")
  def fdClose(fd: Int): Int = native

  def main(args: Array[String]): Unit = {
    println(fdClose(77))
  }
}
