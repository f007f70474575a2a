object Main {
  def main(args: Array[String]): Unit = {
    val step = args.length + 2
    for (i <- 0 until 10 by step) println(i) // expect: error unsupported "range step"
  }
}
