// Allocating from the outermost allocator two scopes down: a certain failure at run time. Fix: use the inner one.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SuspendedTwoLevels {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      val a = outer.allocate(8)
      withMemoryAllocator { middle => // expect: warning nested-allocator
        withMemoryAllocator { inner => // expect: warning nested-allocator
          val b = outer.allocate(8) // expect: error suspended-allocator
          b.setInt(0, 1)
          println(b.getInt(0))
        }
      }
      a.setInt(0, 1)
    }
  }
}
