// Segments smaller than the access: a Long in 4 bytes, anything in 0 bytes.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsSmallSegments {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val four = a.allocate(4)
      four.setInt(0, 1)
      four.setLong(0, 1L) // expect: error segment-out-of-bounds
      four.getDouble(0) // expect: error segment-out-of-bounds
      val empty = a.allocate(0)
      empty.getByte(0) // expect: error segment-out-of-bounds
      println(empty.size)
    }
  }
}
