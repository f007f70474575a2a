object Main {
  implicit val defaultWidth: Int = 80 // expect: error unsupported "implicit"

  def main(args: Array[String]): Unit = println(defaultWidth)
}
