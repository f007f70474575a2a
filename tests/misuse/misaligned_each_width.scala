// Misaligned constant offsets for every width above one byte; Byte is never misaligned.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object MisalignedEachWidth {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(32)
      s.setShort(1, 1) // expect: warning misaligned-access
      s.getShort(3) // expect: warning misaligned-access
      s.setInt(2, 1) // expect: warning misaligned-access
      s.getInt(6) // expect: warning misaligned-access
      s.setLong(4, 1L) // expect: warning misaligned-access
      s.getLong(12) // expect: warning misaligned-access
      s.setFloat(1, 1.0f) // expect: warning misaligned-access
      s.getFloat(10) // expect: warning misaligned-access
      s.setDouble(20, 1.0) // expect: warning misaligned-access
      s.getDouble(2) // expect: warning misaligned-access
      s.setByte(1, 1)
      s.setByte(7, 1)
      s.getByte(31)
      s.setShort(2, 1)
      s.setInt(8, 1)
      s.setLong(16, 1L)
      s.setFloat(4, 1.0f)
      s.setDouble(24, 1.0)
    }
  }
}
