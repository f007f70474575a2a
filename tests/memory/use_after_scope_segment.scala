// A segment kept in an outer variable and read after its scope ended stops the program. (Stored through `pass`:
// a direct `kept = s` is rejected at compile time by the segment-escape check; this path reaches the run-time check.)
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object UseAfterScopeSegment {
  def pass(s: MemorySegment): MemorySegment = s

  def main(args: Array[String]): Unit = {
    var kept: MemorySegment = null
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setInt(0, 5)
      kept = pass(s)
      println(kept.getInt(0))
    }
    println(kept.size)
    println(kept.getInt(0))
    println("unreachable")
  }
}
