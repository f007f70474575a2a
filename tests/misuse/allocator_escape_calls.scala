// The allocator passed to a method that stores it (directly and through another method), and kept by an object
// that outlives the scope; an object made and dropped inside the scope keeps nothing.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Arena(val allocator: MemoryAllocator)

object AllocatorEscapeCalls {
  var kept: MemoryAllocator = null
  var arenaKept: Arena = null

  def keep(x: MemoryAllocator): Unit = { kept = x }

  def keepLater(x: MemoryAllocator, flag: Boolean): Unit = {
    if (flag) keep(x)
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      keep(a) // expect: error allocator-escape
      keepLater(a, true) // expect: error allocator-escape
      val arena = new Arena(a)
      println(arena.allocator.allocate(4).size)
      arenaKept = new Arena(a) // expect: error allocator-escape
    }
  }
}
