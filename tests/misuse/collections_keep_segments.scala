// Segments kept by the library's collections: adding one to an ArrayBuffer, a ListBuffer, a Stack or a mutable
// HashMap made outside the scope lets it outlive the scope; a collection made inside the scope may hold them.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._
import scala.collection.mutable
import scala.collection.mutable.{ArrayBuffer, ListBuffer}

object CollectionsKeepSegments {
  def main(args: Array[String]): Unit = {
    val kept = ArrayBuffer[MemorySegment]()
    val list = ListBuffer[MemorySegment]()
    val stack = mutable.Stack[MemorySegment]()
    val byName = mutable.HashMap[String, MemorySegment]()
    withMemoryAllocator { a =>
      kept += a.allocate(16) // expect: error segment-escape
      list.append(a.allocate(8)) // expect: error segment-escape
      stack.push(a.allocate(8)) // expect: error segment-escape
      byName("x") = a.allocate(8) // expect: error segment-escape
    }
    val fine = withMemoryAllocator { a =>
      val local = ArrayBuffer[MemorySegment]()
      local += a.allocate(8)
      local(0).setInt(0, 5)
      local(0).getInt(0)
    }
    println(fine)
  }
}
