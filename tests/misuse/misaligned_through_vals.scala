// Alignment follows vals too, also on a segment of unknown size.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object MisalignedThroughVals {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val n = args.length + 64
      val s = a.allocate(n)
      val header = 2
      val slot = header + 4
      s.setInt(slot, 1) // expect: warning misaligned-access
      s.setInt(slot + header, 1)
      s.setLong(slot + header, 1L)
      s.setShort(slot, 1)
    }
  }
}
