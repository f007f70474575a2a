// A scope at every level of a recursion: each level's segment sits above its caller's and keeps its value while
// the deeper levels run.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object RecursionScopes {
  var maxStart = 0
  var minStart = Int.MaxValue

  def depth(n: Int): Long = withMemoryAllocator { a =>
    val s = a.allocate(8)
    s.setLong(0, n.toLong * 1000)
    if (s.start > maxStart) maxStart = s.start
    if (s.start < minStart) minStart = s.start
    val below = if (n == 0) 0L else depth(n - 1)
    s.getLong(0) + below
  }

  def fib(n: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(4)
    if (n < 2) s.setInt(0, n)
    else s.setInt(0, fib(n - 1) + fib(n - 2))
    s.getInt(0)
  }

  def main(args: Array[String]): Unit = {
    println(depth(200))
    println(maxStart - minStart)
    println(fib(15))
    withMemoryAllocator { a =>
      println(a.allocate(8).start == minStart)
    }
  }
}
