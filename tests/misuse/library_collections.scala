// Segments carried out of their scope in the library's collections: a List cell made by `::` or `List(...)`, a Some,
// an Either, and the same collections used inside the scope, which is fine.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object LibraryCollections {
  var kept: List[MemorySegment] = Nil
  var maybe: Option[MemorySegment] = None

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val seg = a.allocate(8)
      kept = seg :: kept // expect: error segment-escape
    }
    withMemoryAllocator { a =>
      maybe = Some(a.allocate(8)) // expect: error segment-escape
    }
    val listed = withMemoryAllocator { a =>
      List(a.allocate(4), a.allocate(4)) // expect: error segment-escape
    }
    val either = withMemoryAllocator { a =>
      val seg = a.allocate(4)
      Right(seg) // expect: error segment-escape
    }
    val fine = withMemoryAllocator { a =>
      val segs = List(a.allocate(4), a.allocate(4))
      segs.foreach(s => s.setInt(0, 5))
      val first = segs.headOption.map(s => s.getInt(0)).getOrElse(0)
      first + segs.map(_.getInt(0)).sum
    }
    println(fine + " " + kept.length + " " + listed.length + " " + either.isRight)
  }
}
