// Inside its own withMemoryAllocator block, the method allocates from the allocator it was given: that allocator
// belongs to a scope that is necessarily outside, so it is suspended.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SuspendedParameter {
  def copyOut(x: MemoryAllocator): Int = withMemoryAllocator { inner =>
    val s = x.allocate(4) // expect: error suspended-allocator
    s.size
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      println(copyOut(a)) // expect: warning nested-allocator
    }
  }
}
