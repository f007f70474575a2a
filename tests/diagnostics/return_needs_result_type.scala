object Main {
  def sign(n: Int) = {
    if (n < 0) return -1 // expect: error missing-type
    1
  }
  def typed(n: Int): Int = {
    if (n < 0) return -1
    1
  }

  def main(args: Array[String]): Unit = {
    println(typed(3))
  }
}
