object Main {
  def main(args: Array[String]): Unit = {
    val a = 1 + # 2 // expect: error syntax-error
    val b: String = 42 // expect: error type-mismatch
    println(a)
    println(b)
  }
}
