// A segment stored in an array made outside the scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeArrayElement {
  val global = new Array[MemorySegment](2)

  def main(args: Array[String]): Unit = {
    val segs = new Array[MemorySegment](4)
    val sizes = new Array[Int](4)
    withMemoryAllocator { a =>
      val s = a.allocate(4)
      sizes(0) = s.size
      segs(0) = s // expect: error segment-escape
      global(1) = a.allocate(8) // expect: error segment-escape
    }
    println(sizes(0))
  }
}
