// Covers: tuple literals, `a -> b`, `._1`/`._2`/`._3`, `val (a, b) = ...`, tuples as parameters, fields and
// results, nested tuples, tuple patterns in `for`, and Scala's tuple toString.
class Segment(val ends: (Int, Int)) {
  def length: Int = ends._2 - ends._1
}
object Tuples {
  def divMod(a: Int, b: Int): (Int, Int) = (a / b, a % b)
  def swap(p: (String, Int)): (Int, String) = (p._2, p._1)
  def minMax(a: Array[Int]): (Int, Int) = {
    var lo = a(0)
    var hi = a(0)
    for (x <- a) { if (x < lo) lo = x; if (x > hi) hi = x }
    (lo, hi)
  }
  def main(args: Array[String]): Unit = {
    val p = (1, "one")
    println(p)
    println(p._1 + " " + p._2)
    val (q, r) = divMod(17, 5)
    println(q + " " + r)
    println(divMod(-7, 2))
    println(swap(("x", 9)))
    val t3 = (1.5, 'c', true)
    println(t3)
    println(t3._3)
    val nested = ((1, 2), (3.0, "four"))
    println(nested)
    println(nested._2._2)
    val arrow = 'a' -> 97
    println(arrow)
    val (lo, hi) = minMax(Array(5, -3, 12, 7))
    println(lo + ".." + hi)
    val s = new Segment((3, 10))
    println(s.length + " " + s.ends)
    val pairs = Array((1, "a"), (2, "b"), (3, "c"))
    for ((n, name) <- pairs) print(name + n + " ")
    println()
    println(pairs(1))
    var acc = (0, 0L)
    for (i <- 1 to 10) acc = (acc._1 + i, acc._2 * 2 + i)
    println(acc)
    val ((a, b), c) = ((1, 2), 3)
    println(a + b + c)
    val withLong = (3000000000L, 2.5f)
    println(withLong)
    val unitT = ((), 1)
    println(unitT)
  }
}
