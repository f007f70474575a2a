// A variable offset past the end of the segment stops the program at run time, after the in-bounds writes.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object OutOfBoundsVariable {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      var off = 0
      while (off < 100) {
        s.setInt(off, off)
        println(s.getInt(off))
        off += 4
      }
    }
  }
}
