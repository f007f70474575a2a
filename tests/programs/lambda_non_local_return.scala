// return inside lambdas passed to the program's own higher-order methods (non-local returns, issue 9): the value
// comes back from the enclosing method, nested methods and recursion return from their own call.
object Main {
  def each(xs: Array[Int], f: Int => Unit): Unit = { var i = 0; while (i < xs.length) { f(xs(i)); i += 1 } }
  def find(xs: Array[Int], p: Int => Boolean): Int = {
    each(xs, x => if (p(x)) return x)
    -1
  }
  def firstNeg(xs: Array[Int]): String = {
    each(xs, { x => if (x < 0) return "neg " + x; println("saw " + x) })
    "none"
  }
  def nested(n: Int): Int = {
    def inner(k: Int): Int = { each(Array(1, 2, 3), x => if (x == k) return x * 100); 0 }
    each(Array(5, 6), y => if (y == n) return inner(2) + y)
    inner(9)
  }
  def main(args: Array[String]): Unit = {
    println(find(Array(1, 4, 9), _ > 3))
    println(find(Array(1, 2), _ > 3))
    println(firstNeg(Array(3, 1, -2, 5)))
    println(firstNeg(Array(3)))
    println(nested(6))
    println(nested(7))
    var count = 0
    def loop(): Unit = { each(Array(1, 2, 3), x => { count += x; if (count > 2) return }) }
    loop()
    println(count)
    try { each(Array(1), x => throw new RuntimeException("boom")) } catch { case e: RuntimeException => println(e.getMessage) }
  }
}
