// The segment reached through another val has the same size.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object BoundsSegmentAlias {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      val t = s
      t.setLong(0, 1L)
      t.setLong(8, 1L) // expect: error segment-out-of-bounds
    }
  }
}
