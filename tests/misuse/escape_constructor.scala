// A constructor keeps its argument in a field.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class View(val segment: MemorySegment, val offset: Int)

object EscapeConstructor {
  var last: View = null

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      last = new View(s, 4) // expect: error segment-escape
    }
  }
}
