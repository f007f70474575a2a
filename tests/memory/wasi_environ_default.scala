// With no variables passed (the test runner's default), the WASI environment is empty.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiEnvironDefault {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val sizes = a.allocate(8)
      sizes.setInt(0, -1)
      sizes.setInt(4, -1)
      println(wasi.environSizesGet(sizes.start, sizes.start + 4))
      println(sizes.getInt(0) + " " + sizes.getInt(4))
    }
  }
}
