// The allocator stored in an object var, a local var from outside, a field, an array element.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Pool {
  var allocator: MemoryAllocator = null
}

object AllocatorEscapeVars {
  var global: MemoryAllocator = null
  val table = new Array[MemoryAllocator](1)

  def main(args: Array[String]): Unit = {
    var local: MemoryAllocator = null
    val pool = new Pool
    withMemoryAllocator { a =>
      global = a // expect: error allocator-escape
      local = a // expect: error allocator-escape
      pool.allocator = a // expect: error allocator-escape
      table(0) = a // expect: error allocator-escape
    }
  }
}
