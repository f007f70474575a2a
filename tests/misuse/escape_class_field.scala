// obj.field = segment, where the object was made before the scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Holder {
  var segment: MemorySegment = null
  var note: Int = 0
}

object EscapeClassField {
  def main(args: Array[String]): Unit = {
    val h = new Holder
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      h.note = s.size
      h.segment = s // expect: error segment-escape
    }
    println(h.note)
  }
}
