// args_sizes_get, args_get, environ_sizes_get and environ_get through @WasmImport declarations in the main object.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ImportArgsEnviron {
  @WasmImport("wasi_snapshot_preview1", "args_sizes_get")
  def argsSizes(argc: Int, bufSize: Int): Int = native

  @WasmImport("wasi_snapshot_preview1", "args_get")
  def argsGet(argv: Int, buf: Int): Int = native

  @WasmImport("wasi_snapshot_preview1", "environ_sizes_get")
  def environSizes(count: Int, bufSize: Int): Int = native

  @WasmImport("wasi_snapshot_preview1", "environ_get")
  def environGet(environ: Int, buf: Int): Int = native

  def strings(count: Int, pointers: MemorySegment, buf: MemorySegment): Unit = {
    var i = 0
    while (i < count) {
      var sb = ""
      var p = pointers.getInt(4 * i) - buf.start
      while (buf.getByte(p) != 0) {
        sb = sb + buf.getByte(p).toChar
        p += 1
      }
      println(i + " " + sb)
      i += 1
    }
  }

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val sizes = a.allocate(8)
      println(argsSizes(sizes.start, sizes.start + 4))
      val argc = sizes.getInt(0)
      val argv = a.allocate(4 * argc)
      val argBuf = a.allocate(sizes.getInt(4))
      println(argsGet(argv.start, argBuf.start))
      strings(argc, argv, argBuf)
      println(environSizes(sizes.start, sizes.start + 4))
      val count = sizes.getInt(0)
      val envp = a.allocate(4 * count)
      val envBuf = a.allocate(sizes.getInt(4))
      println(environGet(envp.start, envBuf.start))
      strings(count, envp, envBuf)
    }
  }
}
