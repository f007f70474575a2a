// The scope's value is a segment that a helper allocated from the scope's own allocator.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeResultHelper {
  def fresh(x: MemoryAllocator, n: Int): MemorySegment = x.allocate(n)

  def main(args: Array[String]): Unit = {
    val s = withMemoryAllocator { a =>
      fresh(a, 8) // expect: error segment-escape
    }
    println(s == null)
  }
}
