object Main {
  def main(args: Array[String]): Unit = {
    println("never closed) // expect: error syntax-error
  }
}
