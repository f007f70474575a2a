// Scope values that do not keep a segment: numbers, strings, booleans, a segment's size or start.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object CorrectResults {
  def sumTo(n: Int): Long = withMemoryAllocator { a =>
    val s = a.allocate(8)
    var i = 1
    while (i <= n) { s.setLong(0, s.getLong(0) + i); i += 1 }
    s.getLong(0)
  }

  def main(args: Array[String]): Unit = {
    val size = withMemoryAllocator { a => a.allocate(16).size }
    val text = withMemoryAllocator { a =>
      val s = a.allocate(2)
      s.setShort(0, 7)
      "value " + s.getShort(0)
    }
    val empty = withMemoryAllocator { a => a.allocate(0).size == 0 }
    println(sumTo(10) + size)
    println(text)
    println(empty)
  }
}
