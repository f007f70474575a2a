// Offsets and sizes that are not constants: the checks stay silent.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object CorrectUnknownValues {
  var offset = 4

  def pick(n: Int): Int = n * 2

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val n = args.length
      val s = a.allocate(n + 8)
      s.setInt(n, 1)
      s.setInt(offset, 2)
      s.setLong(pick(n), 3L)
      var k = 8
      s.setInt(k, 4)
      k = 0
      val zero = 0
      s.setInt(4 / zero, 5)
      var size = 4
      size = -4
      val t = a.allocate(size + 8)
      t.setInt(0, 6)
      val u = a.allocate(if (n > 100) -1 else 8)
      u.setInt(0, 7)
    }
  }
}
