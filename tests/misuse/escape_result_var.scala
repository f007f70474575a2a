// A var of the scope that holds one of its segments, as the scope's value.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeResultVar {
  def main(args: Array[String]): Unit = {
    val s = withMemoryAllocator { a =>
      var cur: MemorySegment = null
      cur = a.allocate(4)
      cur // expect: error segment-escape
    }
    println(s == null)
  }
}
