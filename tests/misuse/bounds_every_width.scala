// Each accessor at its last valid offset (silent) and one past it (error), on a 16-byte segment.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsEveryWidth {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(16)
      s.setByte(15, 1)
      s.setByte(16, 1) // expect: error segment-out-of-bounds
      println(s.getByte(15))
      println(s.getByte(16)) // expect: error segment-out-of-bounds
      s.setShort(14, 1)
      s.setShort(16, 1) // expect: error segment-out-of-bounds
      println(s.getShort(14))
      println(s.getShort(15)) // expect: error segment-out-of-bounds
      s.setInt(12, 1)
      s.setInt(16, 1) // expect: error segment-out-of-bounds
      println(s.getInt(12))
      println(s.getInt(13)) // expect: error segment-out-of-bounds
      s.setFloat(12, 1.5f)
      s.setFloat(16, 1.5f) // expect: error segment-out-of-bounds
      println(s.getFloat(12))
      println(s.getFloat(13)) // expect: error segment-out-of-bounds
      s.setLong(8, 1L)
      s.setLong(16, 1L) // expect: error segment-out-of-bounds
      println(s.getLong(8))
      println(s.getLong(9)) // expect: error segment-out-of-bounds
      s.setDouble(8, 0.5)
      s.setDouble(16, 0.5) // expect: error segment-out-of-bounds
      println(s.getDouble(8))
      println(s.getDouble(9)) // expect: error segment-out-of-bounds
    }
  }
}
