// A method that stores its parameter in an object var: the segment passed in escapes.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeMethodStoresParam {
  var saved: MemorySegment = null

  def remember(s: MemorySegment): Unit = {
    saved = s
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      remember(s) // expect: error segment-escape
    }
  }
}
