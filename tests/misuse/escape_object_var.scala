// A segment stored in an object's var outlives its scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeObjectVar {
  var last: MemorySegment = null
  var count = 0

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      last = s // expect: error segment-escape
      count = s.size
    }
    withMemoryAllocator { a =>
      EscapeObjectVar.last = a.allocate(4) // expect: error segment-escape
    }
    println(count)
  }
}
