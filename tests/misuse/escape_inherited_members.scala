// Segments stored into members a class inherits (a superclass's var, a trait's var) or passed to an override that
// keeps them (the call's static target does not, the override does) escape their scope like any other store.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Base { var seg: MemorySegment = null }
class Holder extends Base
trait Keeper { var kept: MemorySegment = null }
class K extends Keeper
abstract class Sink { def take(s: MemorySegment): Unit = () }
class Quiet extends Sink
class Loud extends Sink { override def take(s: MemorySegment): Unit = Escape.global = s }

object Escape {
  var global: MemorySegment = null
  def main(args: Array[String]): Unit = {
    val h = new Holder
    val k = new K
    val sinks = Array[Sink](new Quiet, new Loud)
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      h.seg = s // expect: error segment-escape
      k.kept = s // expect: error segment-escape
      sinks(0).take(s) // expect: error segment-escape
      val local = new Holder
      local.seg = s
      println(local.seg.size)
    }
  }
}
