// Segments passed to methods and returned from methods inside one scope; methods that read and write them.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object SegmentsToMethods {
  def fillSquares(s: MemorySegment): Unit = {
    var i = 0
    while (i * 4 < s.size) {
      s.setInt(i * 4, i * i)
      i += 1
    }
  }

  def sumInts(s: MemorySegment): Int = {
    var sum = 0
    var i = 0
    while (i * 4 < s.size) {
      sum += s.getInt(i * 4)
      i += 1
    }
    sum
  }

  def copy(from: MemorySegment, to: MemorySegment): Unit = {
    var i = 0
    while (i < from.size) {
      to.setByte(i, from.getByte(i))
      i += 1
    }
  }

  def newCounter(a: MemoryAllocator, start: Long): MemorySegment = {
    val s = a.allocate(8)
    s.setLong(0, start)
    s
  }

  def bump(s: MemorySegment): Long = {
    s.setLong(0, s.getLong(0) + 1)
    s.getLong(0)
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(40)
      fillSquares(s)
      println(sumInts(s))
      val t = a.allocate(40)
      copy(s, t)
      println(sumInts(t))
      println(t.getInt(36))
      val c = newCounter(a, 41L)
      bump(c)
      println(bump(c))
      val segs = new Array[MemorySegment](3)
      var i = 0
      while (i < 3) {
        segs(i) = a.allocate(4)
        segs(i).setInt(0, 10 * i)
        i += 1
      }
      println(segs(0).getInt(0) + segs(1).getInt(0) + segs(2).getInt(0))
    }
  }
}
