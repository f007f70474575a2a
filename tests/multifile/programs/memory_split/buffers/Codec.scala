package buffers

import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Codec {
  def writeInts(seg: MemorySegment, count: Int): Unit = {
    for (i <- 0 until count) seg.setInt(4 * i, (i + 1) * (i + 1))
  }

  def sumInts(seg: MemorySegment, count: Int): Long = {
    var s = 0L
    for (i <- 0 until count) s += seg.getInt(4 * i)
    s
  }

  def hexByte(seg: MemorySegment, at: Int): String = {
    val digits = "0123456789abcdef"
    val b = seg.getByte(at) & 0xff
    "" + digits.charAt(b >> 4) + digits.charAt(b & 15)
  }
}
