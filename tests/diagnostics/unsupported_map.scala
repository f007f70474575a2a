object Main {
  def main(args: Array[String]): Unit = {
    val m = Map(1 -> "one") // expect: error unsupported "Map"
    println("maps")
  }
}
