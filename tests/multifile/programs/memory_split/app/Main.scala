package app

import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._
import buffers.Codec

object Main {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { allocator =>
      val seg = allocator.allocate(40)
      Codec.writeInts(seg, 10)
      println(Codec.sumInts(seg, 10))
      println(Codec.hexByte(seg, 36) + Codec.hexByte(seg, 37))
      println(seg.size)
    }
  }
}
