object Main {
  def main(args: Array[String]): Unit = {
    val t = true
    println(t + 1) // expect: error type-mismatch
    println(t * t) // expect: error type-mismatch
    println(-t) // expect: error type-mismatch
    println(if (1) "a" else "b") // expect: error type-mismatch
    while (0) println("x") // expect: error type-mismatch
    println(!3) // expect: error type-mismatch
  }
}
