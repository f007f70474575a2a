object Main {
  def main(args: Array[String]): Unit = {
    val xs = List(1, 2, 3) // expect: error unsupported "List"
    println("lists")
  }
}
