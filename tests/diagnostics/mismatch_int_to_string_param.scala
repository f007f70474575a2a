object Main {
  def greet(name: String): String = "hello " + name

  def main(args: Array[String]): Unit = {
    println(greet("you"))
    println(greet(42)) // expect: error type-mismatch
  }
}
