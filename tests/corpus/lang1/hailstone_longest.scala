// Source: Rosetta Code, "Hailstone sequence", Scala solution (acmeism/RosettaCodeData,
// Task/Hailstone-sequence/Scala/hailstone-sequence.scala). Adapted: the Stream as an array built by a local def,
// `.maxBy(_._2)` over `(1 to 100000).map(n => (n, length))` as a loop over the mapped tuples; the sequence of 27 shown
// by its ends.
object Hailstone {
  def hailstone(n: Int): Array[Int] = {
    def next(k: Int) = if (k % 2 == 0) k / 2 else k * 3 + 1
    var length = 1
    var k = n
    while (k != 1) { k = next(k); length += 1 }
    val out = new Array[Int](length)
    k = n
    for (i <- 0 until length) { out(i) = k; k = next(k) }
    out
  }

  def main(args: Array[String]) {
    val h = hailstone(27)
    println(h.length + " elements: " + h(0) + ", " + h(1) + ", " + h(2) + ", " + h(3) + " ... " +
      h(h.length - 4) + ", " + h(h.length - 3) + ", " + h(h.length - 2) + ", " + h(h.length - 1))
    var best = (0, 0)
    (1 to 100000).map(n => (n, hailstone(n).length)).foreach { p => if (p._2 > best._2) best = p }
    val (n, len) = best
    println("value=" + n + "  len=" + len)
  }
}
