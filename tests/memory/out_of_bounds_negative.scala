// A negative variable offset stops the program at run time.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object OutOfBoundsNegative {
  def at(s: MemorySegment, i: Int): Byte = s.getByte(i)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(3)
      var i = 2
      while (i > -5) {
        println(at(s, i))
        i -= 1
      }
    }
  }
}
