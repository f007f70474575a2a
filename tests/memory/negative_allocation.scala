// A negative allocation size computed at run time stops the program.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NegativeAllocation {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      var n = 4
      while (n >= -8) {
        println(a.allocate(n).size)
        n -= 4
      }
    }
  }
}
