// Insertion sort of 20,000 Ints in a segment: a data-dependent inner loop with `&&` in its condition.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = {
    val n = 20000
    var check = 0L
    withMemoryAllocator { a =>
      val s = a.allocate(n * 4)
      var x = 42
      for (i <- 0 until n) {
        x = x * 1103515245 + 12345
        s.setInt(i * 4, x >>> 8)
      }
      for (i <- 1 until n) {
        val key = s.getInt(i * 4)
        var j = i - 1
        while (j >= 0 && s.getInt(j * 4) > key) {
          s.setInt((j + 1) * 4, s.getInt(j * 4))
          j -= 1
        }
        s.setInt((j + 1) * 4, key)
      }
      for (i <- 0 until n) check = check * 31 + s.getInt(i * 4)
    }
    println(check)
  }
}
