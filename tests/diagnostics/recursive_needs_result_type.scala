object Main {
  def fact(n: Int) = if (n <= 1) 1 else n * fact(n - 1) // expect: error missing-type
  def fib(n: Int): Int = if (n < 2) n else fib(n - 1) + fib(n - 2)

  def main(args: Array[String]): Unit = {
    println(fib(10))
  }
}
