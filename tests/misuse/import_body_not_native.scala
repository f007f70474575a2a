// A @WasmImport method whose body is not native. Fix: replace the body with native.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ImportBodyNotNative {
  @WasmImport("env", "answer")
  def answer(x: Int): Int = x + 42 // expect: error import-body

  @WasmImport("env", "tick")
  def tick(): Unit = { // expect: error import-body
    println("tick")
  }

  @WasmImport("wasi_snapshot_preview1", "sched_yield")
  def schedYield(): Int = 0 // expect: error import-body

  def main(args: Array[String]): Unit = {
    println("ok")
  }
}
