// `return` out of a scope inside a method restores the mark: the next scope gets the same memory.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ReturnFromScope {
  var starts: Array[Int] = new Array[Int](4)

  def find(target: Int, record: Int): Int = {
    withMemoryAllocator { a =>
      val s = a.allocate(64)
      starts(record) = s.start
      var i = 0
      while (i < 16) {
        s.setInt(4 * i, i * i)
        i += 1
      }
      i = 0
      while (i < 16) {
        if (s.getInt(4 * i) == target) return i
        i += 1
      }
    }
    -1
  }

  def early(flag: Boolean): String = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setInt(0, 7)
      if (flag) return "early " + s.getInt(0)
      a.allocate(1000).size
    }
    "late"
  }

  def main(args: Array[String]): Unit = {
    println(find(49, 0))
    println(find(50, 1))
    println(find(0, 2))
    println(starts(0) == starts(1) && starts(1) == starts(2))
    println(early(true))
    println(early(false))
    withMemoryAllocator { a =>
      starts(3) = a.allocate(8).start
    }
    println(starts(3) == starts(0))
  }
}
