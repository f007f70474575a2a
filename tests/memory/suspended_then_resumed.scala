// An outer allocator is suspended only while the inner scope is active: after it, allocating from it works again
// and reuses the memory the inner scope used.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SuspendedThenResumed {
  def take(from: MemoryAllocator, n: Int): MemorySegment = from.allocate(n)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      val a = take(outer, 8)
      var innerStart = 0
      withMemoryAllocator { inner =>
        innerStart = take(inner, 32).start
      }
      val b = take(outer, 8)
      println(b.start == innerStart)
      println(b.start == a.start + 8)
    }
  }
}
