// Sieve of Eratosthenes over a byte segment, five rounds: byte stores in a strided loop and a constant fill.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = {
    val n = 2000000
    var total = 0
    withMemoryAllocator { a =>
      val s = a.allocate(n)
      var round = 0
      while (round < 5) {
        for (i <- 0 until n) s.setByte(i, 1)
        s.setByte(0, 0)
        s.setByte(1, 0)
        for (i <- 2 until n) {
          if (s.getByte(i) != 0) {
            var j = i + i
            while (j < n) {
              s.setByte(j, 0)
              j += i
            }
          }
        }
        var count = 0
        for (i <- 0 until n) count += s.getByte(i)
        total += count
        round += 1
      }
    }
    println(total)
  }
}
