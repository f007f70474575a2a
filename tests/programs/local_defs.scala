// Covers: `def`s nested in methods and blocks: recursion, mutual recursion, capturing vals, params and vars
// (shared with the enclosing method), local defs passed as functions, local defs inside lambdas.
object LocalDefs {
  def sumDigits(n: Int): Int = {
    def go(m: Int, acc: Int): Int = if (m == 0) acc else go(m / 10, acc + m % 10)
    go(n, 0)
  }
  def evenOdd(n: Int): String = {
    def isEven(k: Int): Boolean = if (k == 0) true else isOdd(k - 1)
    def isOdd(k: Int): Boolean = if (k == 0) false else isEven(k - 1)
    if (isEven(n)) "even" else "odd"
  }
  def counter(limit: Int): Int = {
    var count = 0
    def tick(): Unit = { if (count < limit) count += 1 }
    for (i <- 1 to 10) tick()
    count
  }
  def applyTwice(f: Int => Int, x: Int): Int = f(f(x))
  def main(args: Array[String]): Unit = {
    println(sumDigits(98765))
    println(evenOdd(10) + " " + evenOdd(7))
    println(counter(4))
    val base = 100
    def addBase(x: Int): Int = x + base
    println(applyTwice(addBase, 1))
    var log = ""
    def note(s: String): Unit = log = log + s + ";"
    note("a"); note("b")
    println(log)
    val fs = Array(1, 2, 3)
    var acc = 0
    for (x <- fs) {
      def twice(y: Int) = y * 2
      acc += twice(x)
    }
    println(acc)
    def fib(n: Int): Long = {
      def loop(i: Int, a: Long, b: Long): Long = if (i == n) a else loop(i + 1, b, a + b)
      loop(0, 0L, 1L)
    }
    println(fib(50))
    val mk = (k: Int) => { def times(x: Int) = x * k; times(3) + times(4) }
    println(mk(10))
  }
}
