object Main {
  def main(args: Array[String]): Unit = {
    for (i <- 0 until 3; j <- 0 until 3) println(i * j) // expect: error unsupported "generators"
    for (i <- 0 until 3) println(i)
  }
}
