// A segment as the value of its own scope block.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeResultDirect {
  def make(): MemorySegment = withMemoryAllocator { a =>
    val s = a.allocate(8)
    s.setInt(0, 1)
    s // expect: error segment-escape
  }

  def main(args: Array[String]): Unit = {
    val s = withMemoryAllocator { a => a.allocate(4) } // expect: error segment-escape
    println(make() == null)
  }
}
