// A lazy val in a block: computed at its first use and once, whether used by the block, a local def or a closure;
// never computed when unused; one in a loop body is fresh in each iteration.
object Main {
  def main(args: Array[String]): Unit = {
    var calls = 0
    lazy val expensive = { calls += 1; println("computing"); 6 * 7 }
    println("before " + calls)
    println(expensive + expensive)
    println("after " + calls)
    def useIt(): Int = expensive * 2
    println(useIt())
    val f = () => expensive + 1
    println(f())
    lazy val unused: String = { println("never"); "x" }
    lazy val s: String = "lazy " + expensive
    if (calls > 5) println(unused) else println(s)
    for (i <- 1 to 3) {
      lazy val square = { println("square of " + i); i * i }
      if (i != 2) println(square + square)
    }
    println(calls)
  }
}
