object Main {
  def main(args: Array[String]): Unit = {
    def helper(n: Int): Int = n + 1 // expect: error unsupported "nested"
    println(helper(1))
  }
}
