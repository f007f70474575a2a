// A method of a class opens a scope; calling it inside a scope nests.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Scratch {
  def sum(n: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(4)
    s.setInt(0, n)
    s.getInt(0)
  }
}

class Worker(val scratch: Scratch) {
  def run(): Int = scratch.sum(3)
}

object NestedClassMethod {
  def main(args: Array[String]): Unit = {
    val sc = new Scratch
    val w = new Worker(sc)
    withMemoryAllocator { m =>
      println(sc.sum(1)) // expect: warning nested-allocator
      println(w.run()) // expect: warning nested-allocator
    }
  }
}
