// Negative constant offsets, whatever the segment's size (known or not).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsNegativeOffsets {
  def make(a: MemoryAllocator, n: Int): MemorySegment = a.allocate(n)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(16)
      s.setByte(-1, 0) // expect: error segment-out-of-bounds
      val back = 0 - 4
      s.getInt(back) // expect: error segment-out-of-bounds
      s.setLong(-8, 1L) // expect: error segment-out-of-bounds
      val unknown = make(a, args.length + 4)
      unknown.getShort(-2) // expect: error segment-out-of-bounds
      unknown.getInt(0)
    }
  }
}
