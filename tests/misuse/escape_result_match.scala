// The scope's value is a segment from a match.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeResultMatch {
  def main(args: Array[String]): Unit = {
    val s = withMemoryAllocator { a =>
      val x = a.allocate(4)
      val y = a.allocate(8)
      args.length match {
        case 0 => x // expect: error segment-escape
        case _ => null
      }
    }
    println(s == null)
  }
}
