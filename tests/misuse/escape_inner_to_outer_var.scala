// An inner scope's segment stored in a var of the outer scope outlives the inner scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeInnerToOuterVar {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      var v: MemorySegment = outer.allocate(4)
      withMemoryAllocator { inner => // expect: warning nested-allocator
        v = inner.allocate(4) // expect: error segment-escape
      }
      v.setInt(0, 1)
    }
  }
}
