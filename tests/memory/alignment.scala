// Every segment starts 8-byte aligned, above the runtime's reserved area (never at 0), and segments are disjoint.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Alignment {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      var previousEnd = 0
      var allAligned = true
      var allDisjoint = true
      var allAbove = true
      var size = 1
      while (size <= 17) {
        val s = a.allocate(size)
        if (s.start % 8 != 0) allAligned = false
        if (s.start < previousEnd) allDisjoint = false
        if (s.start < 16384) allAbove = false
        println(size + " " + s.size + " " + (s.start % 8) + " " + (s.start - previousEnd))
        var i = 0
        while (i < size) {
          s.setByte(i, size.toByte)
          i += 1
        }
        previousEnd = s.start + s.size
        size += 1
      }
      println("aligned: " + allAligned)
      println("disjoint: " + allDisjoint)
      println("above the reserved area: " + allAbove)
      val empty = a.allocate(0)
      println(empty.size)
      println(empty.start % 8 == 0 && empty.start >= previousEnd && empty.start != 0)
      val after = a.allocate(8)
      println(after.start >= empty.start)
    }
  }
}
