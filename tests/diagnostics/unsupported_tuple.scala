object Main {
  def main(args: Array[String]): Unit = {
    val pair = (1, "one") // expect: error unsupported "tuple"
    println(pair)
  }
}
