// Offsets whose every value is out of bounds, found by the range analysis (loops, masks, min); and accesses that
// may or may not fit, which stay silent (checked at run time).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsLoopRanges {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val n = 100
      val s = a.allocate(n * 4)
      for (i <- n until n + 10) s.setInt(i * 4, i) // expect: error segment-out-of-bounds
      for (i <- 0 until n) s.setInt(i * 4, i)
      for (i <- 0 to n) s.setInt(i * 4, i)
      var j = -5
      while (j < 0) {
        s.getByte(j) // expect: error segment-out-of-bounds
        j += 1
      }
      val t = a.allocate(16)
      t.getByte((args.length & 0xFF) + 16) // expect: error segment-out-of-bounds
      t.getByte(args.length & 0xF)
      t.getByte(math.max(args.length, 16)) // expect: error segment-out-of-bounds
      t.getByte(math.min(args.length, 15))
    }
  }
}
