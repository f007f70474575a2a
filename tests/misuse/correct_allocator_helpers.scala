// The allocator passed to helpers that allocate from it and return segments to the scope: nothing escapes.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object AllocatorHelpers {
  def counter(x: MemoryAllocator, start: Long): MemorySegment = {
    val s = x.allocate(8)
    s.setLong(0, start)
    s
  }

  def fill(x: MemoryAllocator, n: Int): Int = {
    val s = x.allocate(n)
    var i = 0
    while (i < n) { s.setByte(i, 1); i += 1 }
    s.size
  }

  def pair(x: MemoryAllocator): Int = fill(x, 4) + fill(x, 8)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val c = counter(a, 41L)
      c.setLong(0, c.getLong(0) + 1)
      println(c.getLong(0))
      println(fill(a, 16))
      println(pair(a))
    }
  }
}
