// Printing inside a scope (short text, text longer than the
// runtime's 8 KiB buffer, non-ASCII text) leaves the user's segments as
// they were: the runtime's printing buffers are not in the allocator's heap.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object PrintlnInsideScope {
  def checksum(s: MemorySegment): Int = {
    var sum = 0
    var i = 0
    while (i < s.size) {
      sum = sum * 31 + s.getByte(i)
      i += 1
    }
    sum
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(20000)
      var i = 0
      while (i < s.size) {
        s.setByte(i, (i * 7 + 3).toByte)
        i += 1
      }
      val before = checksum(s)
      println("hello")
      print("no newline, ")
      println("héllo wörld ✓ 😀")
      var long = ""
      var k = 0
      while (k < 3000) {
        long = long + "abcé"
        k += 1
      }
      println(long.length)
      println(long)
      println(1.5)
      println(123456789L)
      val after = a.allocate(8)
      after.setLong(0, 5L)
      println(s"interpolated ${after.getLong(0)}")
      println(before == checksum(s))
      println(s.getByte(0) + " " + s.getByte(19999))
    }
  }
}
