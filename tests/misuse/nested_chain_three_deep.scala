// main -> outer -> middle -> inner opens a scope: the call in main's scope is flagged, with the chain.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NestedChainThreeDeep {
  def inner(n: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(4)
    s.setInt(0, n)
    s.getInt(0)
  }

  def middle(n: Int): Int = inner(n) + 1

  def outer(n: Int): Int = middle(n) * 2

  def main(args: Array[String]): Unit = {
    println(outer(1))
    withMemoryAllocator { m =>
      val keep = m.allocate(4)
      keep.setInt(0, outer(2)) // expect: warning nested-allocator
      println(keep.getInt(0))
    }
  }
}
