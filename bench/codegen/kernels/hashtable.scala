// An open-addressing hash table of Int keys and values in a segment: masked probes, loads and stores.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = {
    val slots = 1 << 16
    val mask = slots - 1
    var found = 0L
    withMemoryAllocator { a =>
      val t = a.allocate(slots * 8)
      for (round <- 0 until 60) {
        for (i <- 0 until slots) t.setInt(i * 8, 0)
        var x = round
        for (i <- 0 until 40000) {
          x = x * 1103515245 + 12345
          val key = (x >>> 1) | 1
          var h = (key * 0x9E3779B1) >>> 16 & mask
          while (t.getInt(h * 8) != 0 && t.getInt(h * 8) != key) h = (h + 1) & mask
          t.setInt(h * 8, key)
          t.setInt(h * 8 + 4, t.getInt(h * 8 + 4) + i)
        }
        x = round
        for (i <- 0 until 40000) {
          x = x * 1103515245 + 12345
          val key = (x >>> 1) | 1
          var h = (key * 0x9E3779B1) >>> 16 & mask
          while (t.getInt(h * 8) != key) h = (h + 1) & mask
          found += t.getInt(h * 8 + 4)
        }
      }
    }
    println(found)
  }
}
