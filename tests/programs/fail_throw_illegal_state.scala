// Covers: runtime failure: IllegalStateException thrown from a class method. Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
class Machine() {
  private var running = false

  def start(): Unit = {
    if (running) throw new IllegalStateException("already running")
    running = true
  }
}

object ThrowIllegalState {
  def main(args: Array[String]): Unit = {
    val s = new Machine()
    s.start()
    println("started")
    s.start()
    println("not reached")
  }
}
