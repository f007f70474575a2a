// Loops over a segment with a variable offset, of every width.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object CorrectLoops {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(64)
      var i = 0
      while (i < 64) { s.setByte(i, i.toByte); i += 1 }
      var j = 0
      while (j < 32) { s.setShort(j * 2, j.toShort); j += 1 }
      for (k <- 0 until 16) s.setInt(k * 4, k)
      for (k <- 0 until 8) { s.setLong(k * 8, k.toLong); s.setDouble(k * 8, k * 0.5) }
      var sum = 0L
      var p = 0
      while (p + 8 <= s.size) {
        val off = p
        sum += s.getLong(off)
        p += 8
      }
      println(sum)
    }
  }
}
