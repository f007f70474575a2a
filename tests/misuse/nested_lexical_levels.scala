// Scopes nested in the text: each inner block is flagged at its own keyword.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object NestedLexicalLevels {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val x = a.allocate(4)
      withMemoryAllocator { b => // expect: warning nested-allocator
        val y = b.allocate(4)
        withMemoryAllocator { c => // expect: warning nested-allocator
          val z = c.allocate(4)
          z.setInt(0, 3)
        }
        y.setInt(0, 2)
      }
      x.setInt(0, 1)
      println(x.getInt(0))
    }
  }
}
