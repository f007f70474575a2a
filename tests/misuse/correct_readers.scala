// Segments passed to methods that only read or write through them: nothing escapes.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Stats {
  var total: Long = 0L
  def add(s: MemorySegment): Unit = { total = total + s.getInt(0) }
}

object CorrectReaders {
  var calls = 0

  def sum(s: MemorySegment): Int = {
    var acc = 0
    var i = 0
    while (i + 4 <= s.size) { acc += s.getInt(i); i += 4 }
    acc
  }

  def fill(s: MemorySegment, v: Int): Unit = {
    calls += 1
    var i = 0
    while (i + 4 <= s.size) { s.setInt(i, v); i += 4 }
  }

  def copy(from: MemorySegment, to: MemorySegment): Unit = {
    var i = 0
    while (i < from.size && i < to.size) { to.setByte(i, from.getByte(i)); i += 1 }
  }

  def describe(s: MemorySegment): String = "segment of " + s.size + " bytes at " + s.start

  def main(args: Array[String]): Unit = {
    val stats = new Stats
    withMemoryAllocator { a =>
      val s = a.allocate(16)
      val t = a.allocate(16)
      fill(s, 3)
      copy(s, t)
      println(sum(t))
      println(describe(t))
      stats.add(t)
    }
    println(stats.total)
  }
}
