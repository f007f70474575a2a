// Little-endian layout: an Int's bytes lowest first, bytes assembled into a Long, a Short inside an Int.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object LittleEndian {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(24)
      s.setInt(0, 0x11223344)
      var i = 0
      while (i < 4) {
        println(s.getByte(i))
        i += 1
      }
      println(s.getShort(0))
      println(s.getShort(2))
      i = 0
      while (i < 8) {
        s.setByte(8 + i, (i + 1).toByte)
        i += 1
      }
      println(s.getLong(8))
      println(s.getLong(8) == 0x0807060504030201L)
      println(s.getInt(8))
      println(s.getInt(12))
      s.setLong(16, -2L)
      println(s.getByte(16))
      println(s.getByte(17))
      println(s.getByte(23))
      s.setShort(16, 0x0102)
      println(s.getLong(16))
      s.setDouble(16, 1.0)
      println(s.getByte(22))
      println(s.getByte(23))
      println(s.getInt(20))
    }
  }
}
