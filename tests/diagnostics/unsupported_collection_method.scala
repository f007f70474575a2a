object Main {
  def main(args: Array[String]): Unit = {
    val maybe: Option[Int] = None
    println(maybe.toRight("none")) // expect: error unsupported "toRight"
    val xs = List(1, 2)
    println(xs.view) // expect: error unsupported "view"
    println(xs.sum + maybe.getOrElse(0))
  }
}
