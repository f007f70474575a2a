// Source: written for this test after the Rosetta Code task "Knapsack problem/0-1"
// (https://rosettacode.org/wiki/Knapsack_problem/0-1): the task's 22 items as case classes, dynamic programming
// over weights, the chosen items printed with their generated toString and taken apart by patterns.
object Knapsack {
  case class Item(name: String, weight: Int, value: Int)
  case class Choice(items: Array[Item], weight: Int, value: Int)

  val items = Array(
    Item("map", 9, 150), Item("compass", 13, 35), Item("water", 153, 200), Item("sandwich", 50, 160),
    Item("glucose", 15, 60), Item("tin", 68, 45), Item("banana", 27, 60), Item("apple", 39, 40),
    Item("cheese", 23, 30), Item("beer", 52, 10), Item("suntan cream", 11, 70), Item("camera", 32, 30),
    Item("T-shirt", 24, 15), Item("trousers", 48, 10), Item("umbrella", 73, 40),
    Item("waterproof trousers", 42, 70), Item("waterproof overclothes", 43, 75), Item("note-case", 22, 80),
    Item("sunglasses", 7, 20), Item("towel", 18, 12), Item("socks", 4, 50), Item("book", 30, 10))

  def solve(limit: Int): Choice = {
    val n = items.length
    val best = Array.ofDim[Int](n + 1, limit + 1)
    for (i <- 1 to n) {
      val Item(_, w, v) = items(i - 1)
      for (c <- 0 to limit) {
        best(i)(c) = best(i - 1)(c)
        if (w <= c && best(i - 1)(c - w) + v > best(i)(c)) best(i)(c) = best(i - 1)(c - w) + v
      }
    }
    var c = limit
    var chosen = new Array[Item](0)
    var i = n
    while (i > 0) {
      if (best(i)(c) != best(i - 1)(c)) {
        val it = items(i - 1)
        val grown = new Array[Item](chosen.length + 1)
        grown(0) = it
        for (j <- 0 until chosen.length) grown(j + 1) = chosen(j)
        chosen = grown
        c -= it.weight
      }
      i -= 1
    }
    var weight = 0
    for (it <- chosen) weight += it.weight
    Choice(chosen, weight, best(n)(limit))
  }

  def main(args: Array[String]): Unit = {
    val Choice(chosen, weight, value) = solve(400)
    for (Item(name, w, v) <- chosen) println(f"$name%-24s $w%4d $v%4d")
    println("total weight " + weight + ", total value " + value)
    println(chosen(0) + " " + (chosen(0) == Item("map", 9, 150)) + " " + chosen(0).hashCode)
    val heavy = for (Item(name, w, _) <- chosen if w > 40) yield name
    println(heavy.mkString(", "))
  }
}
