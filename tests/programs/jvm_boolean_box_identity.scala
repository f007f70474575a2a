// Scala boxes a Boolean with java.lang.Boolean.valueOf, whose TRUE and FALSE are the only instances: boxed
// Booleans are `eq` whenever their values are equal, as the JVM's are.
object Main {
  def main(args: Array[String]): Unit = {
    println(java.lang.Boolean.TRUE eq java.lang.Boolean.valueOf(true))
    val b: java.lang.Boolean = true
    println(b eq java.lang.Boolean.TRUE)
    val x: Any = 3 > 2
    val y: AnyRef = java.lang.Boolean.TRUE
    println(x.asInstanceOf[AnyRef] eq y)
    val f: java.lang.Boolean = false
    println((f eq java.lang.Boolean.FALSE) + " " + (f eq b) + " " + (f == java.lang.Boolean.FALSE))
    val items: List[Any] = List(true, false, true)
    println(items(0).asInstanceOf[AnyRef] eq items(2).asInstanceOf[AnyRef])
  }
}
