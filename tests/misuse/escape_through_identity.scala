// A segment passed through a method that returns it, then stored outside.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeThroughIdentity {
  var saved: MemorySegment = null

  def same(s: MemorySegment): MemorySegment = s

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      saved = same(s) // expect: error segment-escape
    }
  }
}
