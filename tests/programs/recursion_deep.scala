// Covers: deep (non-tail) recursion to depth 10000, and a tail-recursive
// style loop via recursion with accumulator.
object RecursionDeep {
  def sum(n: Int): Long = if (n == 0) 0L else n + sum(n - 1)

  def sumAcc(n: Int, acc: Long): Long = if (n == 0) acc else sumAcc(n - 1, acc + n)

  def depth(n: Int): Int = {
    if (n <= 0) return 0
    1 + depth(n - 1)
  }

  def countDigits(n: Long): Int = if (n < 10) 1 else 1 + countDigits(n / 10)

  def main(args: Array[String]): Unit = {
    println(sum(10000))
    println(sumAcc(10000, 0L))
    println(depth(10000))
    println(sum(100))
    println(countDigits(Long.MaxValue))
    println(countDigits(0))
  }
}
