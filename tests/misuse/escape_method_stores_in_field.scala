// A method of a class keeps its parameter in a field of an object made outside the scope.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Registry {
  var current: MemorySegment = null
  def put(s: MemorySegment): Unit = { current = s }
}

object EscapeMethodStoresInField {
  val registry = new Registry

  def keep(r: Registry, s: MemorySegment): Unit = {
    r.current = s
  }

  def main(args: Array[String]): Unit = {
    val r = new Registry
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      r.put(s) // expect: error segment-escape
      keep(registry, s) // expect: error segment-escape
    }
  }
}
