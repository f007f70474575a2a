object Main {
  def main(args: Array[String]): Unit = {
    val n: Int = "forty-two" // expect: error type-mismatch
    var m = 0
    m = "again" // expect: error type-mismatch
    println(n + m)
  }
}
