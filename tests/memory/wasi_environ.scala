// wasi.environSizesGet / wasi.environGet: the variables the runner passes (NAME.env), as KEY=VALUE C strings.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object WasiEnviron {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val sizes = a.allocate(8)
      println(wasi.environSizesGet(sizes.start, sizes.start + 4))
      val count = sizes.getInt(0)
      val bufSize = sizes.getInt(4)
      println("count " + count)
      println("buffer " + bufSize)
      val pointers = a.allocate(4 * count)
      val buf = a.allocate(bufSize)
      println(wasi.environGet(pointers.start, buf.start))
      var i = 0
      while (i < count) {
        var sb = ""
        var p = pointers.getInt(4 * i) - buf.start
        while (buf.getByte(p) != 0) {
          sb = sb + buf.getByte(p).toChar
          p += 1
        }
        println(sb)
        i += 1
      }
    }
  }
}
