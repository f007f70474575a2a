object Main {
  def main(args: Array[String]): Unit = {
    val maybe: Option[Int] = None // expect: error unsupported "Option"
    println("options")
  }
}
