// A WrappedArray held as Any is named after its array's element type, as 2.11's subclasses are (`WrappedArray$ofInt`,
// `ofRef`): in ClassCastException messages, whether caught or ending the program.
object Main {
  def main(args: Array[String]): Unit = {
    val held: Any = Array(1, 2).toSeq
    val names: Any = Array("a").toSeq
    println(held.isInstanceOf[String])
    try { println(held.asInstanceOf[String]) } catch { case e: ClassCastException => println(e.getMessage.split(" ")(1)) }
    try { println(names.asInstanceOf[Array[String]].length) } catch { case e: ClassCastException => println(e.getMessage.split(" ")(1)) }
    held.asInstanceOf[Int]
  }
}
