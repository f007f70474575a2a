object Main {
  def main(args: Array[String]): Unit = {
    for (i <- 0 until 10 if i % 2 == 0) println(i) // expect: error unsupported "guard"
  }
}
