// Option as lookups chain it (map, flatMap, getOrElse, orElse, isEmpty, foreach, fold, filter, exists, toList,
// patterns, for over Options) and the Orderings of Float, Short, Byte and Long, reversed and composed with
// Ordering.by (whose compare gives -1, 0 or 1: 2.11 builds it with fromLessThan) and Ordering.fromLessThan, as
// leaderboards sort with them.
object Main {
  case class Item(name: String, price: Double, qty: Short)

  val catalog = Map("pen" -> Item("pen", 1.5, 10), "ink" -> Item("ink", 7.25, 0), "pad" -> Item("pad", 3.0, 4))

  def find(name: String): Option[Item] = catalog.get(name)

  def main(args: Array[String]): Unit = {
    val names = List("pen", "cap", "ink", "pad")
    println(names.map(find).map(_.map(_.price)))
    println(names.map(n => find(n).filter(_.qty > 0).map(_.name).getOrElse("-")))
    println(find("cap").orElse(find("pad")).map(_.qty) + " " + find("cap").isEmpty + " " + find("pen").fold(0.0)(_.price * 2))
    for (i <- find("ink")) println("found " + i.name)
    find("cap").foreach(i => println("never " + i))
    val total = for { a <- find("pen"); b <- find("pad") } yield a.price + b.price
    val missing = for { a <- find("pen"); b <- find("cap") } yield a.price + b.price
    println(total + " " + missing + " " + find("pen").exists(_.price < 2) + " " + find("pad").toList.map(_.qty))
    println(find("ink") match { case Some(Item(n, p, 0)) => n + " sold out at " + p case Some(i) => i.name case None => "?" })
    println(names.flatMap(find).map(_.name) + " " + names.map(find).flatten.size + " " + Option(null: String).map(_.length))
    println(List(2.5f, -1.0f, 0.5f).sorted + " " + List(3.toShort, (-2).toShort).sorted + " " + List(5.toByte, 1.toByte).max + " " + List(4L, 9L, -1L).sorted(Ordering.Long.reverse))
    val items = catalog.values.toList
    println(items.sorted(Ordering.by((i: Item) => (i.qty, i.name))).map(_.name) + " " + items.sortBy(_.price)(Ordering.Double.reverse).map(_.name))
    println(items.max(Ordering.by((i: Item) => i.price)).name + " " + items.min(Ordering.by((i: Item) => i.qty)).name)
    val byName = Ordering.by((i: Item) => i.name)
    val longestFirst = Ordering.fromLessThan[String]((a, b) => a.length > b.length)
    println(List("bb", "a", "ccc").sorted(longestFirst) + " " + longestFirst.compare("a", "bb") + " " + longestFirst.lt("ccc", "a") + " " + List(3, 1, 2).sorted(Ordering.fromLessThan[Int](_ > _)))
    println(items.sorted(byName.reverse).map(_.name) + " " + byName.compare(items.head, items.last) + " " + Ordering.Float.compare(1.0f, 2.0f) + " " + Ordering.Short.compare(3, 3))
  }
}
