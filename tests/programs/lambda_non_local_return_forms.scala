// Non-local returns from a by-name argument, from a local def's lambda (returning from the local def) and its
// enclosing method's, in a generic method (the value boxed through the throwable), and out of a `while (true)`.
object Main {
  def orElse(cond: Boolean, alt: => Int): Int = if (cond) 1 else alt
  def f(c: Boolean): Int = { val v = orElse(c, return 42); v + 100 }
  def twice(g: () => Unit): Unit = { g(); g() }
  def outer(): String = {
    def inner(k: Int): String = { twice(() => if (k > 1) return "inner " + k); "inner done" }
    val r = inner(2) + "/" + inner(0)
    twice(() => return r + " (outer)")
    "unreached"
  }
  def gen[T](a: T, b: T, p: T => Boolean): T = {
    twice(() => if (p(b)) return b)
    a
  }
  def loopy(): Int = {
    var n = 0
    while (true) { twice(() => { n += 1; if (n == 5) return n * 10 }) }
    -1
  }
  def main(args: Array[String]): Unit = {
    println(f(true) + " " + f(false))
    println(outer())
    println(gen("a", "bb", (s: String) => s.length == 2) + gen(1, 2, (i: Int) => i > 5))
    println(loopy())
  }
}
