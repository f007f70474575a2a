object Main {
  def main(args: Array[String]): Unit = {
    val x = 1
    println(x  // expect: error syntax-error
    val y: Int = "later" // expect: error type-mismatch
    println(y)
  }
}
