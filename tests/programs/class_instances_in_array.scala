// Covers: an Array of class instances (default null elements), filling it,
// finding the max by a field, swapping elements, and methods on elements.
class Item(val name: String, var qty: Int, val price: Double) {
  def total: Double = qty * price
}

object ClassInstancesInArray {
  def main(args: Array[String]): Unit = {
    val items = new Array[Item](4)
    println(items(0) == null)
    println(items.length)
    items(0) = new Item("pen", 3, 1.5)
    items(1) = new Item("book", 1, 12.25)
    items(2) = new Item("cup", 2, 4.0)
    var sum = 0.0
    var best: Item = null
    for (it <- items) {
      if (it != null) {
        sum += it.total
        if (best == null || it.total > best.total) best = it
      }
    }
    println(sum)
    println(best.name)
    items(3) = items(0)
    items(3).qty = 10
    println(items(0).qty)
    val tmp = items(1)
    items(1) = items(2)
    items(2) = tmp
    var names = ""
    for (i <- 0 until items.length) names = names + items(i).name + " "
    println(names)
    val pts = Array(new Item("a", 1, 0.1), new Item("b", 2, 0.2))
    println(pts(0).total + pts(1).total)
  }
}
