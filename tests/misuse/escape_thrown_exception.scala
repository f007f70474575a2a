// A segment carried out of its scope inside a thrown exception: the catch outside the scope would hold a segment
// whose memory the scope has given back. Caught inside the scope, the same exception is harmless.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

class SegmentError(val segment: MemorySegment, message: String) extends RuntimeException(message)

case class Carrier(segment: MemorySegment, size: Int) extends Exception("carrier")

object EscapeThrownException {
  def main(args: Array[String]): Unit = {
    try {
      withMemoryAllocator { a =>
        val s = a.allocate(8)
        if (args.length == 0) throw new SegmentError(s, "bad") // expect: error segment-escape
        val error = Carrier(s, 8)
        if (args.length == 1) throw error // expect: error segment-escape
        try {
          throw new SegmentError(s, "caught inside")
        } catch {
          case e: SegmentError => println(e.getMessage)
        }
        throw new IllegalStateException("no segment")
      }
    } catch {
      case e: SegmentError => println(e.segment.size)
      case e: Exception => println(e)
    }
  }
}
