// Mutual recursion: entry -> walk -> entry ... and walk -> scratch opens a scope. Both calls in main's scope
// reach a withMemoryAllocator; the second is the one found through the cycle.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NestedMutualRecursion {
  def walk(n: Int): Int = if (n <= 0) 0 else scratch() + entry(n)
  def entry(n: Int): Int = walk(n - 1)
  def scratch(): Int = withMemoryAllocator { a => a.allocate(4).size }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { m =>
      println(walk(3)) // expect: warning nested-allocator
      println(entry(3)) // expect: warning nested-allocator
    }
  }
}
