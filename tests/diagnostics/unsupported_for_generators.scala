object Main {
  def main(args: Array[String]): Unit = {
    for (c <- "abc") println(c) // expect: error unsupported "generator over String"
  }
}
