object Helper {
  def twice(n: Int): Int = n * 2
}

%%% // expect: error syntax-error

object Main {
  def main(args: Array[String]): Unit = {
    val s: Int = Helper.twice("x") // expect: error type-mismatch
    println(s)
  }
}
