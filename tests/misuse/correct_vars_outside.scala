// Vars and fields from outside the scope that receive plain values, or null, from inside it.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Counter {
  var n: Int = 0
  var last: MemorySegment = null
}

object CorrectVarsOutside {
  var total = 0L
  var segment: MemorySegment = null

  def main(args: Array[String]): Unit = {
    val c = new Counter
    var start = 0
    val sizes = new Array[Int](2)
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setLong(0, 5L)
      total = s.getLong(0)
      start = s.start
      c.n = s.size
      c.last = null
      segment = null
      sizes(0) = s.size
    }
    println(total + c.n + sizes(0))
  }
}
