// A String cast to a class of the program: the two classes come from different loaders.
object Main {
  class Box(val v: Int)
  def main(args: Array[String]): Unit = {
    val x: Any = "not a box"
    println(x.asInstanceOf[Box].v)
  }
}
