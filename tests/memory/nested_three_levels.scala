// Three nested scopes: each inner one starts above the outer segments, and every outer segment keeps its contents
// through the inner scopes; after an inner scope ends the outer allocator continues where the inner one started.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NestedThreeLevels {
  def take(a: MemoryAllocator, n: Int): MemorySegment = a.allocate(n)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { one =>
      val s1 = one.allocate(24)
      s1.setLong(0, 111L)
      s1.setLong(16, -111L)
      var innerStart = 0
      withMemoryAllocator { two =>
        val s2 = two.allocate(16)
        println(s2.start >= s1.start + s1.size)
        s2.setLong(0, 222L)
        innerStart = s2.start
        withMemoryAllocator { three =>
          val s3 = three.allocate(100)
          println(s3.start >= s2.start + s2.size)
          var i = 0
          while (i < 100) {
            s3.setByte(i, -1)
            i += 1
          }
          s1.setLong(8, 333L)
          println(s1.getLong(0) + " " + s2.getLong(0) + " " + s3.getByte(99))
        }
        val s2b = two.allocate(8)
        println(s2b.start == s2.start + s2.size)
        println(s2b.getLong(0))
        println(s2.getLong(0))
      }
      println(s1.getLong(0) + " " + s1.getLong(8) + " " + s1.getLong(16))
      val s1b = take(one, 8)
      println(s1b.start == innerStart)
      println(s1b.getLong(0))
    }
  }
}
