object Main {
  def rec19(n: Int): Long = if (n <= 0) 1L else n * rec19(n - 1) * 3
  def main(args: Array[String]): Unit = {
    val v45: Long = rec19(65536)
    println(v45)
  }
}
