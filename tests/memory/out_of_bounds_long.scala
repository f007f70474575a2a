// A wide access that starts inside the segment but ends past it stops the program (offset + width > size).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object OutOfBoundsLong {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val n = args.length + 12
      val s = a.allocate(n)
      s.setLong(0, 1L)
      s.setInt(8, 2)
      println(s.getLong(0) + s.getInt(8))
      var off = 0
      while (off < n) {
        println(off)
        s.setDouble(off, 1.5)
        off += 5
      }
    }
  }
}
