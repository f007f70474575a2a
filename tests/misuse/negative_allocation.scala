// allocate with a constant negative size: literal, through vals, through arithmetic.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NegativeAllocation {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val x = a.allocate(-1) // expect: error negative-allocation
      val n = 4
      val m = n - 8
      val y = a.allocate(m) // expect: error negative-allocation
      val z = a.allocate(n * -2) // expect: error negative-allocation
      val ok = a.allocate(n - 4)
      println(ok.size)
    }
  }
}
