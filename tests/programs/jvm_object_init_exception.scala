// Covers: an exception thrown while an object is initialised reaches main as
// java.lang.ExceptionInInitializerError, with the exception itself printed after it as its cause.
object Boom {
  println("init Boom")
  val limit: Int = compute()
  def compute(): Int = throw new IllegalStateException("no config")
}

object JvmObjectInitException {
  def main(args: Array[String]): Unit = {
    println("start")
    println(Boom.limit)
    println("not reached")
  }
}
