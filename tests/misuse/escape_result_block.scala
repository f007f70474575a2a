// The scope's value is a segment at the end of a nested block.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeResultBlock {
  def main(args: Array[String]): Unit = {
    val s = withMemoryAllocator { a =>
      val n = 8
      {
        val t = a.allocate(n)
        t.setLong(0, 7L)
        t // expect: error segment-escape
      }
    }
    println(s == null)
  }
}
