// The storing happens two calls down: register -> remember -> saved.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeThroughMethod {
  var saved: MemorySegment = null

  def remember(s: MemorySegment): Unit = {
    saved = s
  }

  def register(seg: MemorySegment, tag: Int): Unit = {
    val alias = seg
    if (tag > 0) remember(alias)
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      register(a.allocate(8), 1) // expect: error segment-escape
    }
  }
}
