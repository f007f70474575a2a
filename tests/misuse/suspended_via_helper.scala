// An inner scope passes the suspended outer allocator to a helper that allocates from it: a certain failure.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SuspendedViaHelper {
  def fresh(x: MemoryAllocator): Int = x.allocate(8).size

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      println(fresh(outer))
      withMemoryAllocator { inner => // expect: warning nested-allocator
        println(fresh(outer)) // expect: error suspended-allocator
      }
    }
  }
}
