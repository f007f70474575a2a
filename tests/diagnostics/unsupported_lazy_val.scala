object Main {
  lazy val table = 42 // expect: error unsupported "lazy"

  def main(args: Array[String]): Unit = println(table)
}
