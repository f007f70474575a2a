object Main {
  def main(args: Array[String]): Unit = {
    for (x <- 1.5 until 3.0) println(x) // expect: error unsupported "range of Double"
  }
}
