object Main {
  def main(args: Array[String]): Unit = {
    val squares = for (i <- 0 until 5) yield i * i // expect: error unsupported "yield"
    println(squares)
  }
}
