// The scope's value is a segment in one branch of an if/else.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object EscapeResultIfElse {
  def main(args: Array[String]): Unit = {
    val big = args.length > 0
    val s = withMemoryAllocator { a =>
      val small = a.allocate(4)
      if (big) null
      else small // expect: error segment-escape
    }
    println(s == null)
  }
}
