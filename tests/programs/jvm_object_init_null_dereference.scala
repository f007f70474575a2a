// Covers: a null dereference (a trap, not an exception the program raises itself) while an object is
// initialised reaches main as java.lang.ExceptionInInitializerError caused by java.lang.NullPointerException.
class Box(val n: Int)

object Registry {
  println("init Registry")
  val empty: Box = null
  val size: Int = empty.n + 1
}

object Main {
  def main(args: Array[String]): Unit = {
    println("before")
    println(Registry.size)
    println("after")
  }
}
