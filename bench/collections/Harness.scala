// Runs a kernel's main `runs` times in one JVM, its output discarded, and prints each run's time in nanoseconds:
// the later runs are the JIT-compiled steady state.
object BenchHarness {
  def main(args: Array[String]): Unit = {
    val kernel = Class.forName(args(0)).getMethod("main", classOf[Array[String]])
    val runs = args(1).toInt
    val sink = new java.io.PrintStream(new java.io.ByteArrayOutputStream())
    var i = 0
    while (i < runs) {
      val t0 = System.nanoTime()
      Console.withOut(sink) { kernel.invoke(null, Array[String]()) }
      println(System.nanoTime() - t0)
      i += 1
    }
  }
}
