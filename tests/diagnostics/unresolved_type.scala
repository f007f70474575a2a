object Main {
  def show(p: Pointt): Unit = println("?") // expect: error unresolved-name "Pointt"

  def main(args: Array[String]): Unit = {
    val s: Strng = "a" // expect: error unresolved-name "Strng"
    val c = new Widget() // expect: error unresolved-name "Widget"
    println(s)
  }
}
