// Allocating from the outer allocator while an inner scope is active stops the program; before that, both work.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SuspendedAllocator {
  def take(from: MemoryAllocator, n: Int): MemorySegment = from.allocate(n)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      val a = take(outer, 8)
      println(a.size)
      withMemoryAllocator { inner =>
        val b = take(inner, 8)
        println(b.start >= a.start + a.size)
        val c = take(outer, 8)
        println("unreachable " + c.size)
      }
    }
  }
}
