import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._
import store.Keeper

object Main {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setInt(0, 7)
      println(Keeper.firstInt(s))
      Keeper.remember(s) // expect: error segment-escape
    }
  }
}
