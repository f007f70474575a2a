object Main {
  def main(args: Array[String]): Unit = {
    val total = 3
    println(totl + 1) // expect: error unresolved-name "totl"
    missing(2) // expect: error unresolved-name "missing"
    println(total)
  }
}
