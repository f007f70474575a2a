// Source: Rosetta Code, "Knapsack problem/0-1", Scala solution, its dynamic-programming part (acmeism/RosettaCodeData,
// Task/Knapsack-problem-0-1/Scala/knapsack-problem-0-1.scala). Adapted: `case class Item` as a tuple, the Set-valued
// table of chosen items replaced by a walk back through the value table, timing left out.
object Knapsack {
  val items = Array(
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
    ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
    ("suntan cream", 11, 70), ("camera", 32, 30), ("t-shirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40),
    ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75), ("note-case", 22, 80),
    ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50), ("book", 30, 10))

  def main(args: Array[String]): Unit = {
    val W = 400
    val N = items.length
    val m = Array.ofDim[Int](N + 1, W + 1)
    1 to N foreach { n =>
      0 to W foreach { w =>
        def wn = items(n - 1)._2
        def vn = items(n - 1)._3
        if (w < wn) m(n)(w) = m(n - 1)(w)
        else m(n)(w) = math.max(m(n - 1)(w), m(n - 1)(w - wn) + vn)
      }
    }
    val h = "packing list of items (dynamic programming):"
    println(h + "\n" + "=" * h.length)
    var w = W
    var weight = 0
    var count = 0
    for (n <- N to 1 by -1 if m(n)(w) != m(n - 1)(w)) {
      val (name, wn, vn) = items(n - 1)
      println("  " + name + ": weight=" + wn + " value=" + vn)
      w -= wn
      weight += wn
      count += 1
    }
    println("\n" + "  resulting items: " + count + " of " + N)
    println("  total weight: " + weight + ", total value: " + m(N)(W))
  }
}
