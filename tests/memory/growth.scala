// Memory grows when a segment needs it: past the first 64 KiB page, and a 20 MiB segment (past 16 MiB).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Growth {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(100000)
      s.setByte(0, 1)
      s.setInt(99996, 123456789)
      println(s.getByte(0))
      println(s.getInt(99996))
      println(s.start + s.size > 65536)
      val big = a.allocate(20 * 1024 * 1024)
      println(big.size)
      println(big.getByte(0))
      println(big.getByte(big.size - 1))
      big.setByte(0, 42)
      big.setByte(big.size - 1, -42)
      big.setLong(big.size - 8 - 8, 1234567890123L)
      println(big.getByte(0))
      println(big.getByte(big.size - 1))
      println(big.getLong(big.size - 16))
      println(big.start >= s.start + s.size)
      println(big.start + big.size > 16 * 1024 * 1024)
      println(s.getInt(99996))
    }
    withMemoryAllocator { a =>
      val again = a.allocate(20 * 1024 * 1024 + 100000)
      println(again.getByte(again.size - 1))
    }
  }
}
