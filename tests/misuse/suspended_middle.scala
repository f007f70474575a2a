// The middle allocator is suspended too while the innermost scope is active.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SuspendedMiddle {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      withMemoryAllocator { middle => // expect: warning nested-allocator
        val m = middle.allocate(4)
        withMemoryAllocator { inner => // expect: warning nested-allocator
          val x = middle.allocate(4) // expect: error suspended-allocator
          x.setInt(0, m.getInt(0))
        }
        val y = middle.allocate(4)
        y.setInt(0, 2)
      }
      val z = outer.allocate(4)
      z.setInt(0, 3)
    }
  }
}
