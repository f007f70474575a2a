object Main {
  def main(args: Array[String]): Unit = {
    val xs = Array(1, 2, 3)
    xs.foreach(x => println(x)) // expect: error unsupported "lambda"
  }
}
