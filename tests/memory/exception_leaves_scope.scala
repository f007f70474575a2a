// An exception leaving withMemoryAllocator scopes (one, and two nested) ends them as a normal exit does: caught
// outside, the next scope allocates at the same addresses as before, and a segment of an ended scope fails with
// the catchable IllegalStateException. (The segment is kept through `pass`, which the static check cannot see.)
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ExceptionLeavesScope {
  var kept: MemorySegment = null

  def pass(s: MemorySegment): MemorySegment = s

  def firstAddress(): Int = withMemoryAllocator { a => a.allocate(24).start }

  def failing(n: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(64)
    s.setInt(0, n)
    kept = pass(s)
    if (n > 2) throw new IllegalStateException("too big: " + n)
    s.getInt(0)
  }

  def main(args: Array[String]): Unit = {
    val before = firstAddress()
    println(failing(1))
    try println(failing(5)) catch {
      case e: IllegalStateException => println("caught " + e.getMessage)
    }
    println(firstAddress() == before)
    try {
      withMemoryAllocator { outer =>
        outer.allocate(100)
        withMemoryAllocator { inner =>
          inner.allocate(200)
          println(10 / args.length)
        }
      }
    } catch {
      case e: ArithmeticException => println("caught " + e.getMessage)
    }
    println(firstAddress() == before)
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      println(s.start == before)
      try println(kept.getInt(0)) catch {
        case e: IllegalStateException => println(e.getMessage)
      }
      s.setInt(0, 7)
      println(s.getInt(0))
    }
    var rounds = 0
    while (rounds < 1000) {
      try failing(3) catch { case e: IllegalStateException => rounds += 1 }
    }
    println(firstAddress() == before)
  }
}
