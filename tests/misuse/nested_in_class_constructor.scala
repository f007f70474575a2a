// A scope in a class body (its constructor) that calls a method opening another scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Helpers {
  def scratch(): Int = withMemoryAllocator { a => a.allocate(8).size }
}

class Buffer {
  val size: Int = withMemoryAllocator { a =>
    val s = a.allocate(8)
    s.setInt(0, Helpers.scratch()) // expect: warning nested-allocator
    s.getInt(0)
  }
}

object NestedInClassConstructor {
  def main(args: Array[String]): Unit = {
    println(new Buffer().size)
  }
}
