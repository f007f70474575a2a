// A recursive method whose scope calls the method again: each level opens a scope inside its caller's.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NestedRecursion {
  def depth(n: Int): Long = withMemoryAllocator { a =>
    val s = a.allocate(8)
    s.setLong(0, n.toLong)
    val below = if (n == 0) 0L else depth(n - 1) // expect: warning nested-allocator
    s.getLong(0) + below
  }

  def main(args: Array[String]): Unit = {
    println(depth(10))
  }
}
