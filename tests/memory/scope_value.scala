// A scope is an expression: its value is the block's last expression, of any type.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ScopeValue {
  def sumTo(n: Int): Long = withMemoryAllocator { a =>
    val s = a.allocate(8)
    var i = 1
    while (i <= n) {
      s.setLong(0, s.getLong(0) + i)
      i += 1
    }
    s.getLong(0)
  }

  def main(args: Array[String]): Unit = {
    val n = withMemoryAllocator { a =>
      val s = a.allocate(4)
      s.setInt(0, 40)
      s.getInt(0) + 2
    }
    println(n)
    val text = withMemoryAllocator { a =>
      val s = a.allocate(2)
      s.setShort(0, 1000)
      "value " + s.getShort(0)
    }
    println(text)
    val d: Double = withMemoryAllocator { a => 0.25 }
    println(d)
    println(sumTo(100) + withMemoryAllocator { a => a.allocate(16).size })
    val flag = withMemoryAllocator { a => a.allocate(1).getByte(0) == 0 }
    println(flag)
    val u = withMemoryAllocator { a => println("inside") }
    println(u)
    println(if (n > 0) withMemoryAllocator { a => "positive" } else "other")
  }
}
