// Covers: `new NotImplementedError` without a message has Scala's default, "an implementation is missing".
object JvmNotImplementedDefault {
  def todo(): Int = throw new NotImplementedError

  def main(args: Array[String]): Unit = {
    println("before")
    println(todo())
  }
}
