// Source: Rosetta Code "Knapsack problem/0-1" (Scala), the functional solution folding the items over a List of
// best values per capacity; the chosen items recovered by comparing rows, and the tourist's item list.
object KnapsackList {
  case class Item(name: String, weight: Int, value: Int)

  val items = List(
    Item("map", 9, 150), Item("compass", 13, 35), Item("water", 153, 200), Item("sandwich", 50, 160),
    Item("glucose", 15, 60), Item("tin", 68, 45), Item("banana", 27, 60), Item("apple", 39, 40),
    Item("cheese", 23, 30), Item("beer", 52, 10), Item("suntan cream", 11, 70), Item("camera", 32, 30),
    Item("T-shirt", 24, 15), Item("trousers", 48, 10), Item("umbrella", 73, 40),
    Item("waterproof trousers", 42, 70), Item("waterproof overclothes", 43, 75), Item("note-case", 22, 80),
    Item("sunglasses", 7, 20), Item("towel", 18, 12), Item("socks", 4, 50), Item("book", 30, 10))

  def rows(capacity: Int): List[List[Int]] =
    items.scanLeft(List.fill(capacity + 1)(0)) { (row, item) =>
      List.tabulate(capacity + 1) { w =>
        if (item.weight > w) row(w) else math.max(row(w), row(w - item.weight) + item.value)
      }
    }

  def main(args: Array[String]): Unit = {
    val capacity = 400
    val table = rows(capacity).toArray
    var w = capacity
    var chosen = List[Item]()
    for (i <- items.length to 1 by -1) {
      if (table(i)(w) != table(i - 1)(w)) {
        val item = items(i - 1)
        chosen = item :: chosen
        w -= item.weight
      }
    }
    println("best value " + table(items.length)(capacity))
    println(chosen.map(_.name).mkString(", "))
    println("weight " + chosen.map(_.weight).sum + ", value " + chosen.map(_.value).sum + ", items " + chosen.length)
  }
}
