object Main {
  def main(args: Array[String]): Unit = {
    val xs = Stream(1, 2, 3).view // expect: error unsupported "view"
    println("streams")
  }
}
