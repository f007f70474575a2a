object Main {
  def main(args: Array[String]): Unit = {
    val maybe: Option[Int] = None
    println(maybe.collect { case 1 => "one" }) // expect: error unsupported "collect"
    val xs = List(1, 2)
    println(xs.view) // expect: error unsupported "view"
    val b = List.newBuilder[Int] // expect: error unsupported "newBuilder"
    println(xs.sum + maybe.getOrElse(0))
  }
}
