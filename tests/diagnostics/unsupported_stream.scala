object Main {
  def main(args: Array[String]): Unit = {
    val xs = 1 #:: Stream.empty[Int] // expect: error unsupported "#::"
    println("streams")
  }
}
