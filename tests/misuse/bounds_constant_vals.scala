// Offsets and sizes followed through vals and arithmetic on constants.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsConstantVals {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      val base = 4
      val off = base * 2
      s.setInt(off, 1) // expect: error segment-out-of-bounds
      s.setInt(base, 1)
      s.setInt(off - base, 2)
      val count = 3
      val width = 4
      val t = a.allocate(count * width + 4)
      t.setInt(12, 1)
      t.setInt(count * width + 4, 1) // expect: error segment-out-of-bounds
      t.setLong(8, 1L)
      t.setLong((count + 1) * width, 1L) // expect: error segment-out-of-bounds
      val half = (count * width) / 2
      t.setShort(half, 3)
      val shifted = 1 << 4
      t.getByte(shifted) // expect: error segment-out-of-bounds
      t.getByte(shifted - 1)
      val big = 10L
      val u = a.allocate(big.toInt)
      u.setShort(8, 1)
      u.setShort(10, 1) // expect: error segment-out-of-bounds
    }
  }
}
