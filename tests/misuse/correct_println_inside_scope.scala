// println keeps its own scratch scope in the runtime: calling it inside a scope is not nesting.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object PrintlnInsideScope {
  def show(n: Int): Unit = println("n = " + n)

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      s.setLong(0, 42L)
      println(s.getLong(0))
      println("inside")
      show(s.getInt(0))
      print(s.size)
    }
  }
}
