// The holder is made inside the scope, so a segment stored in it does not outlive the scope; assigning its field
// directly is (rightly) silent, doing the same through a method must be too.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Holder {
  var segment: MemorySegment = null
  def put(s: MemorySegment): Unit = { segment = s }
}

object FalseAlarmLocalHolderViaMethod {
  def keep(h: Holder, s: MemorySegment): Unit = {
    h.segment = s
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val h = new Holder
      val s = a.allocate(8)
      h.segment = s
      keep(h, s)
      h.put(s)
      println(h.segment.size)
    }
  }
}
