// Segments reaching past their scope through the constructs of functions and tuples: captured by a closure that
// outlives the scope, stored in a tuple that does, returned from a local def's scope; scopes opened inside lambdas
// and local defs that run inside another scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ClosuresAndTuples {
  var reader: () => Int = null
  var kept: (Int, MemorySegment) = null

  def each(n: Int, f: Int => Unit): Unit = {
    var i = 0
    while (i < n) { f(i); i += 1 }
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setInt(0, 42)
      reader = () => s.getInt(0) // expect: error segment-escape
      kept = (1, s) // expect: error segment-escape
      val local = () => s.getInt(0)
      println(local())
    }
    var later: Int => Int = null
    withMemoryAllocator { a =>
      val s = a.allocate(4)
      later = x => x + s.getInt(0) // expect: error segment-escape
    }
    withMemoryAllocator { outer =>
      (0 until 2).foreach { i =>
        withMemoryAllocator { inner => // expect: warning nested-allocator
          inner.allocate(4).setInt(0, i)
        }
      }
      each(2, i => withMemoryAllocator { inner => inner.allocate(4).setInt(0, i) }) // expect: warning nested-allocator
      def scratch(): Int = withMemoryAllocator { inner => inner.allocate(4).getInt(0) }
      println(scratch()) // expect: warning nested-allocator
    }
  }
}
