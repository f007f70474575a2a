// 100,000 scopes one after another, each allocating 30,000 bytes: memory is freed at each exit, so the first and
// the last segments are at the same address and the program runs within one 64 KiB page (NAME.memory_limit).
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ManyScopes {
  def main(args: Array[String]): Unit = {
    var first = -1
    var last = -1
    var sum = 0L
    var i = 0
    while (i < 100000) {
      withMemoryAllocator { a =>
        val s = a.allocate(30000)
        val t = a.allocate(16)
        s.setInt(29996, i)
        t.setLong(8, i.toLong)
        sum += s.getInt(29996) + t.getLong(8)
        if (i == 0) first = s.start
        last = s.start
      }
      i += 1
    }
    println(first == last)
    println(sum)
  }
}
