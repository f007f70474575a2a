// A boxed Int cast to String: the JVM's ClassCastException.
object Main {
  def main(args: Array[String]): Unit = {
    val x: Any = 42
    println("before")
    val s = x.asInstanceOf[String]
    println(s)
  }
}
