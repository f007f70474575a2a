// Segments carried out of their scope inside case-class instances: made with `apply`, copied with `copy`, taken
// apart by a pattern, stored in a field; and the uses that stay inside the scope, which are fine.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object CaseClassFields {
  case class Holder(seg: MemorySegment, n: Int)
  case class Outer(inner: Holder, label: String)
  var kept: Holder = null

  def main(args: Array[String]): Unit = {
    val h = withMemoryAllocator { a =>
      Holder(a.allocate(16), 1) // expect: error segment-escape
    }
    withMemoryAllocator { a =>
      kept = Holder(a.allocate(8), 2) // expect: error segment-escape
    }
    val copied = withMemoryAllocator { a =>
      val h2 = Holder(a.allocate(8), 3)
      h2.copy(n = 4) // expect: error segment-escape
    }
    val nested = withMemoryAllocator { a =>
      val o = Outer(Holder(a.allocate(8), 5), "o")
      o match { case Outer(Holder(s, _), _) => s } // expect: error segment-escape
    }
    val count = withMemoryAllocator { a =>
      val h3 = Holder(a.allocate(8), 6)
      h3 match { case Holder(s, _) => s.setInt(0, 7) }
      val Holder(same, n) = h3
      println(same.getInt(0) + n)
      h3.n + h3.copy(n = 1).n
    }
    println(count)
  }
}
