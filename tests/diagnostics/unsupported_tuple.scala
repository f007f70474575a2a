object Main {
  val (a, b) = (1, 2) // expect: error unsupported "pattern definition"
  def main(args: Array[String]): Unit = {
    val big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23) // expect: error unsupported "23 elements"
  }
}
