// NaN bit patterns travel through memory untouched: written as Long/Int bits, read as Double/Float and back.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NanBits {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(48)
      s.setLong(0, 0x7FF8000000000000L)
      val quiet = s.getDouble(0)
      println(quiet)
      println(quiet != quiet)
      s.setLong(8, 0x7FF0000000000001L)
      val signaling = s.getDouble(8)
      println(signaling != signaling)
      s.setDouble(16, signaling)
      println(s.getLong(16) == 0x7FF0000000000001L)
      s.setLong(8, 0xFFF80000DEADBEEFL)
      s.setDouble(16, s.getDouble(8))
      println(s.getLong(16) == 0xFFF80000DEADBEEFL)
      println(s.getInt(16))
      println(s.getInt(20))
      s.setLong(8, 0x7FF0000000000000L)
      println(s.getDouble(8))
      s.setInt(24, 0x7FC00000)
      val fq = s.getFloat(24)
      println(fq)
      println(fq != fq)
      s.setInt(28, 0x7F800001)
      s.setFloat(32, s.getFloat(28))
      println(s.getInt(32) == 0x7F800001)
      s.setInt(28, 0xFFC01234)
      s.setFloat(32, s.getFloat(28))
      println(s.getInt(32))
      s.setInt(28, 0xFF800000)
      println(s.getFloat(28))
    }
  }
}
