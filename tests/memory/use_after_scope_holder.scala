// A segment kept in an object's field, written after its scope ended (when a new scope has reused its memory), stops
// the program. (Stored through `pass`, which the compile-time segment-escape check does not follow.)
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Holder {
  var segment: MemorySegment = null
}

object UseAfterScopeHolder {
  def pass(s: MemorySegment): MemorySegment = s

  def main(args: Array[String]): Unit = {
    val h = new Holder
    withMemoryAllocator { a =>
      h.segment = pass(a.allocate(16))
      h.segment.setLong(8, 99L)
      println(h.segment.getLong(8))
    }
    withMemoryAllocator { b =>
      val other = b.allocate(16)
      println(other.start == h.segment.start)
      h.segment.setLong(8, 1L)
    }
    println("unreachable")
  }
}
