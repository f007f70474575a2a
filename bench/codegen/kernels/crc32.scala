// CRC-32 over 1 MiB of pseudo-random bytes, ten times, through a 256-entry table in a segment.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = {
    val n = 1 << 20
    var crc = 0
    withMemoryAllocator { a =>
      val table = a.allocate(256 * 4)
      for (i <- 0 until 256) {
        var c = i
        for (k <- 0 until 8) {
          if ((c & 1) != 0) c = 0xEDB88320 ^ (c >>> 1) else c = c >>> 1
        }
        table.setInt(i * 4, c)
      }
      val data = a.allocate(n)
      var x = 12345
      for (i <- 0 until n) {
        x = x * 1103515245 + 12345
        data.setByte(i, (x >>> 16).toByte)
      }
      for (round <- 0 until 10) {
        crc = -1
        for (i <- 0 until n) {
          crc = table.getInt(((crc ^ data.getByte(i)) & 0xFF) * 4) ^ (crc >>> 8)
        }
        crc = ~crc
      }
    }
    println(crc)
  }
}
