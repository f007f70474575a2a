// A @WasmImport method must live in a top-level object, not in a class.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Host {
  @WasmImport("env", "now")
  def now(): Long = native // expect: error import-body
}

object ImportBodyInClass {
  @WasmImport("env", "later")
  def later(): Long = native

  def main(args: Array[String]): Unit = {
    println("ok")
  }
}
