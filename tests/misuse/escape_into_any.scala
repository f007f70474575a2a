// A segment (or an allocator) stored where an Any is expected still escapes its scope: a field of type Any, an
// element of an Array[Any], an object's var of type AnyRef, a method storing its Any parameter.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class AnyHolder {
  var value: Any = null
  def keep(v: Any): Unit = { value = v }
}

object EscapeIntoAny {
  var kept: AnyRef = null

  def main(args: Array[String]): Unit = {
    val h = new AnyHolder
    val items = new Array[Any](2)
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      h.value = s // expect: error segment-escape
      items(0) = s // expect: error segment-escape
      kept = a // expect: error allocator-escape
      h.keep(s) // expect: error segment-escape
      val local: Any = s
      println(local.isInstanceOf[String])
      h.value = (s: Any) // expect: error segment-escape
      h.keep(s: AnyRef) // expect: error segment-escape
    }
    println(items(1))
  }
}
