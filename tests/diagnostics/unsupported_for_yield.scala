object Main {
  def main(args: Array[String]): Unit = {
    val printed = for (i <- 0 until 5) yield println(i) // expect: error unsupported "yield"
  }
}
