// Segments kept in vars, arrays and objects that live inside the scope itself.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Cell {
  var segment: MemorySegment = null
}

object CorrectLocalVarsInside {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      var cur: MemorySegment = a.allocate(4)
      cur = a.allocate(8)
      cur.setLong(0, 1L)
      val all = new Array[MemorySegment](2)
      all(0) = cur
      val cell = new Cell
      cell.segment = cur
      var allocator: MemoryAllocator = a
      val s = allocator.allocate(4)
      s.setInt(0, all(0).getInt(0) + cell.segment.getInt(0))
      println(s.getInt(0))
    }
  }
}
