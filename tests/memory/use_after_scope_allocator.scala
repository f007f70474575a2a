// An allocator kept in an outer variable and used after its scope ended stops the program. (Stored through
// `pass`: a direct `kept = a` is rejected at compile time by the allocator-escape check.)
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object UseAfterScopeAllocator {
  def pass(a: MemoryAllocator): MemoryAllocator = a

  def main(args: Array[String]): Unit = {
    var kept: MemoryAllocator = null
    withMemoryAllocator { a =>
      kept = pass(a)
      println(kept.allocate(4).size)
    }
    println("scope ended")
    val s = kept.allocate(4)
    println("unreachable " + s.size)
  }
}
