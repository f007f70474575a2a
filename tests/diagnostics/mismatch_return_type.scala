object Main {
  def half(n: Int): Int = n / 2.0 // expect: error type-mismatch
  def name(): String = 7 // expect: error type-mismatch
  def flag(n: Int): Boolean = {
    n + 1 // expect: error type-mismatch
  }

  def main(args: Array[String]): Unit = {
    println(half(4))
  }
}
