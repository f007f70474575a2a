// Matrix multiplication of 200x200 Doubles in segments: a triple loop of loads, multiplies and adds.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = {
    val n = 200
    var sum = 0.0
    withMemoryAllocator { al =>
      val a = al.allocate(n * n * 8)
      val b = al.allocate(n * n * 8)
      val c = al.allocate(n * n * 8)
      for (i <- 0 until n) {
        for (j <- 0 until n) {
          a.setDouble((i * n + j) * 8, ((i * j) % 7).toDouble)
          b.setDouble((i * n + j) * 8, ((i + 2 * j) % 5).toDouble)
        }
      }
      for (round <- 0 until 5) {
        for (i <- 0 until n) {
          for (j <- 0 until n) {
            var acc = 0.0
            for (k <- 0 until n) acc += a.getDouble((i * n + k) * 8) * b.getDouble((k * n + j) * 8)
            c.setDouble((i * n + j) * 8, acc + round)
          }
        }
        for (i <- 0 until n * n) sum += c.getDouble(i * 8)
      }
    }
    println(sum.toLong)
  }
}
