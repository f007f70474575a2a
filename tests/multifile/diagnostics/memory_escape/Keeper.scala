package store

import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Keeper {
  var saved: MemorySegment = null

  def remember(s: MemorySegment): Unit = {
    saved = s
  }

  def firstInt(s: MemorySegment): Int = s.getInt(0)
}
