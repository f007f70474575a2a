// A segment leaves its scope as the value of a try/catch (from the body or from a catch case), or is stored
// outside from inside a try; a segment used and dropped inside a try/finally stays in its scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeThroughTry {
  def main(args: Array[String]): Unit = {
    var kept: MemorySegment = null
    val fromBody = withMemoryAllocator { a =>
      try a.allocate(8) catch { case e: IllegalStateException => null } // expect: error segment-escape
    }
    val fromCatch = withMemoryAllocator { a =>
      try null catch { case e: Exception => a.allocate(4) } // expect: error segment-escape
    }
    withMemoryAllocator { a =>
      try {
        kept = a.allocate(8) // expect: error segment-escape
      } finally println("stored")
    }
    val sum = withMemoryAllocator { a =>
      val s = a.allocate(8)
      try {
        s.setInt(0, 41)
        s.getInt(0) + 1
      } catch {
        case e: IndexOutOfBoundsException => -1
      } finally println("in scope")
    }
    println(sum)
  }
}
