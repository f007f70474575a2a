// A fresh segment reads as zeros even where an earlier, ended scope left bytes in the same memory.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ZeroFilled {
  def fill(size: Int, value: Byte): Int = withMemoryAllocator { a =>
    val s = a.allocate(size)
    var i = 0
    while (i < size) {
      s.setByte(i, value)
      i += 1
    }
    s.start
  }

  def sumOfFresh(size: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(size)
    var sum = 0
    var i = 0
    while (i < size) {
      sum += s.getByte(i)
      i += 1
    }
    println("fresh segment at the same address: " + (s.start == firstStart))
    sum
  }

  var firstStart = 0

  def main(args: Array[String]): Unit = {
    firstStart = fill(1000, -1)
    println(sumOfFresh(1000))
    fill(37, 5)
    println(sumOfFresh(40))
    withMemoryAllocator { a =>
      val s = a.allocate(16)
      s.setLong(0, -1L)
      s.setLong(8, -1L)
      val t = withMemoryAllocator { b =>
        val u = b.allocate(8)
        u.setLong(0, 77L)
        u.getLong(0)
      }
      println(t)
      val v = a.allocate(8)
      println(v.getLong(0))
    }
  }
}
