// The allocator as the scope's value: directly, through if/else, a block and a match.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object AllocatorEscapeResults {
  def main(args: Array[String]): Unit = {
    val n = args.length
    val a1 = withMemoryAllocator { a => a } // expect: error allocator-escape
    val a2 = withMemoryAllocator { a =>
      if (n > 0) a // expect: error allocator-escape
      else null
    }
    val a3 = withMemoryAllocator { a =>
      val k = 1
      { val inner = a; inner } // expect: error allocator-escape
    }
    val a4 = withMemoryAllocator { a =>
      n match {
        case 1 => null
        case _ => a // expect: error allocator-escape
      }
    }
    println(a1 == null)
  }
}
