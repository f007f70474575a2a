// Nested scopes used correctly: each allocates from its own allocator, segments of the outer scope are
// used in the inner one, an inner scope's value is a plain number. Only the nesting itself is reported.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object CorrectNestedScopes {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      val keep = outer.allocate(16)
      keep.setInt(0, 1)
      var alias: MemorySegment = null
      val n = withMemoryAllocator { inner => // expect: warning nested-allocator
        val tmp = inner.allocate(8)
        tmp.setInt(0, keep.getInt(0) + 1)
        alias = keep
        tmp.getInt(0)
      }
      val same = withMemoryAllocator { inner2 => keep } // expect: warning nested-allocator
      println(n + same.getInt(0) + alias.getInt(0))
      val more = outer.allocate(8)
      more.setLong(0, 1L)
    }
  }
}
