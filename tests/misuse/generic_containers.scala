// Segments carried out of their scope inside generic containers: a Box[MemorySegment], a generic case class, a
// generic method returning its argument, a container stored in a field; and the uses inside the scope, which are
// fine.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class Box[T](val value: T) {
  def get: T = value
}
case class Pair[A, B](first: A, second: B)

object GenericContainers {
  var kept: Box[MemorySegment] = null
  def id[T](x: T): T = x

  def main(args: Array[String]): Unit = {
    val b = withMemoryAllocator { a =>
      new Box(a.allocate(16)) // expect: error segment-escape
    }
    val p = withMemoryAllocator { a =>
      Pair(1, a.allocate(8)) // expect: error segment-escape
    }
    val s = withMemoryAllocator { a =>
      id(a.allocate(8)) // expect: error segment-escape
    }
    withMemoryAllocator { a =>
      kept = new Box(a.allocate(8)) // expect: error segment-escape
    }
    val got = withMemoryAllocator { a =>
      val inner = new Box(a.allocate(8))
      inner.get // expect: error segment-escape
    }
    val fine = withMemoryAllocator { a =>
      val box = new Box(a.allocate(8))
      box.get.setInt(0, 7)
      val pair = Pair(box, 2)
      pair.first.value.getInt(0) + pair.second
    }
    println(fine)
  }
}
