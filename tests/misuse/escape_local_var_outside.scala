// A local var declared before the scope, assigned a segment of the scope (directly, through if, through a block).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeLocalVarOutside {
  def main(args: Array[String]): Unit = {
    var kept: MemorySegment = null
    var size = 0
    withMemoryAllocator { a =>
      val s = a.allocate(16)
      size = s.size
      kept = s // expect: error segment-escape
      kept = if (size > 4) s else null // expect: error segment-escape
      kept = { val t = a.allocate(4); t } // expect: error segment-escape
      kept = null
    }
    println(size)
  }
}
