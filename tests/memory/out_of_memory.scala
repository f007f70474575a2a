// Under a 2 MiB memory limit (NAME.memory_limit) a 4 MiB segment cannot be had: the program stops.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object OutOfMemory {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val small = a.allocate(1024 * 1024)
      small.setByte(small.size - 1, 1)
      println("1 MiB: ok")
      val big = a.allocate(4 * 1024 * 1024)
      println("unreachable " + big.size)
    }
  }
}
