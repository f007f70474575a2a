// A method that wraps the segment in an object it makes and drops: nothing outlives the call.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Window(val segment: MemorySegment, val offset: Int) {
  def read(): Int = segment.getInt(offset)
}

object FalseAlarmTemporaryWrapper {
  def firstInt(s: MemorySegment): Int = {
    val w = new Window(s, 0)
    w.read()
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setInt(0, 5)
      println(firstInt(s))
    }
  }
}
