// Segments escaping inside the second alternative of an overloaded method and inside an auxiliary constructor:
// every alternative and every constructor is checked, not only the first definition of a name.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Holder(var size: Int) {
  def this(label: String) = {
    this(label.length)
    withMemoryAllocator { a =>
      Keep.last = a.allocate(8) // expect: error segment-escape
    }
  }
}

object Keep {
  var last: MemorySegment = null

  def stash(n: Int): Int = n
  def stash(s: String): Int = {
    withMemoryAllocator { a =>
      last = a.allocate(16) // expect: error segment-escape
    }
    s.length
  }

  def main(args: Array[String]): Unit = {
    println(stash(1) + stash("ab") + new Holder("xyz").size)
  }
}
