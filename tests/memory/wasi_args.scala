// wasi.argsSizesGet / wasi.argsGet: argv[0] is the program name, then the arguments (NAME.args), as C strings.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiArgs {
  def cString(s: MemorySegment, at: Int): String = {
    var sb = ""
    var i = at
    while (s.getByte(i) != 0) {
      sb = sb + s.getByte(i).toChar
      i += 1
    }
    sb
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val sizes = a.allocate(8)
      println(wasi.argsSizesGet(sizes.start, sizes.start + 4))
      val argc = sizes.getInt(0)
      val bufSize = sizes.getInt(4)
      println("argc " + argc)
      println("buffer " + bufSize)
      val pointers = a.allocate(4 * argc)
      val buf = a.allocate(bufSize)
      println(wasi.argsGet(pointers.start, buf.start))
      var i = 0
      while (i < argc) {
        println(i + ": " + cString(buf, pointers.getInt(4 * i) - buf.start))
        i += 1
      }
      println(args.length == argc - 1)
    }
  }
}
