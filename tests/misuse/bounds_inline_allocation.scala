// The segment is used where it is allocated: its size is still a constant.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsInlineAllocation {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      a.allocate(4).setInt(4, 1) // expect: error segment-out-of-bounds
      println(a.allocate(8).getLong(0))
    }
  }
}
