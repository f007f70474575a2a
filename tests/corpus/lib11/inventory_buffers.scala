// Source: written for this test: an inventory kept in ArrayBuffer and ListBuffer with case classes, sorted,
// grouped and summed, as business-style Scala code does.
import scala.collection.mutable.{ArrayBuffer, ListBuffer}

object InventoryBuffers {
  case class Item(name: String, category: String, price: Int, qty: Int)

  def main(args: Array[String]): Unit = {
    val items = ArrayBuffer[Item]()
    items += Item("apple", "fruit", 3, 10)
    items += Item("pear", "fruit", 4, 0)
    items += Item("hammer", "tools", 25, 2)
    items ++= List(Item("saw", "tools", 30, 1), Item("kiwi", "fruit", 2, 30))
    println(items.length + " " + items.map(_.name).mkString(","))
    val inStock = items.filter(_.qty > 0)
    println(inStock.map(i => i.name -> i.price * i.qty))
    println(items.sortBy(i => (i.category, -i.price)).map(_.name))
    val byCat = items.groupBy(_.category).map { case (c, is) => c -> is.map(i => i.price * i.qty).sum }
    println(byCat.toList.sorted)
    val log = ListBuffer[String]()
    for (i <- items if i.qty == 0) log += "reorder " + i.name
    log.prepend("start")
    log.append("end")
    println(log.toList + " " + log.mkString("; "))
    items.remove(1)
    items(0) = items(0).copy(qty = 5)
    println(items)
    println(items.maxBy(_.price) + " " + items.minBy(_.qty) + " " + items.exists(_.price > 28))
  }
}
