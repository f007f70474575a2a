// Immutable Map and Set as a small inventory and a tag index use them: +, -, get, getOrElse, contains, updated, keys,
// values, iteration, map (to pairs: a Map; to others: an Iterable), filter, foreach, toList, size, ++, keySet,
// the set algebra, and the toString of 1 to 5 entries (Map1..Map4, then a hash trie) and of nested values.
object Main {
  def main(args: Array[String]): Unit = {
    var stock = Map[String, Int]()
    for ((item, n) <- List("apple" -> 3, "pear" -> 0, "fig" -> 7, "kiwi" -> 2, "plum" -> 5)) {
      stock = stock + (item -> n)
      println(stock.size + " " + stock)
    }
    println(stock.get("fig") + " " + stock.get("lime") + " " + stock.getOrElse("lime", -1) + " " + stock("kiwi"))
    println(stock.contains("pear") + " " + stock.contains("lime") + " " + stock.isEmpty + " " + Map().isEmpty)
    val restocked = stock.updated("pear", 9).updated("lime", 1)
    println(restocked + " " + stock("pear"))
    val fewer = restocked - "apple" - "nope"
    println(fewer + " " + (fewer - "fig" - "kiwi" - "plum"))
    println("" + stock.keys + " " + stock.values + " " + stock.keySet + " " + stock.keys.toList.sorted)
    for ((k, v) <- stock) print(k + ":" + v + " ")
    println()
    stock.foreach { case (k, v) => if (v == 0) println("out of " + k) }
    println(stock.map { case (k, v) => (k, v * 2) })
    println(stock.map { case (k, v) => k.length })
    println(stock.map(_._2).toList.sorted + " " + stock.filter(_._2 > 2) + " " + stock.filterNot(_._2 > 2))
    println(stock.toList.sortBy(_._2) + " " + stock.toList.sorted)
    println("" + (Map(1 -> "a") ++ Map(2 -> "b", 1 -> "c")))
    println(stock.exists(_._2 > 6) + " " + stock.forall(_._2 >= 0) + " " + stock.count(_._2 > 2) + " " + stock.maxBy(_._2) + " " + stock.minBy(_._1))
    println(stock.find(_._2 == 2) + " " + stock.values.sum + " " + stock.mapValues(_ + 1) + " " + stock.filterKeys(_.startsWith("p")))
    println((Map(1 -> "x") == Map(1 -> "x")) + " " + (Map(1 -> "x", 2 -> "y") == Map(2 -> "y", 1 -> "x")) + " " + (Map(1 -> "x") == Map(1 -> "y")))

    var tags = Set[String]()
    for (t <- List("red", "blue", "red", "green", "tan", "navy", "teal")) {
      tags = tags + t
      println(tags.size + " " + tags)
    }
    println(tags.contains("tan") + " " + tags("pink") + " " + (tags - "red" - "blue") + " " + (tags -- Set("tan", "navy", "teal")))
    val warm = Set("red", "tan", "orange")
    println("" + (tags & warm) + " " + (warm -- tags) + " " + (warm ++ Set("gold")) + " " + tags.intersect(warm) + " " + warm.union(Set("x")) + " " + warm.diff(tags))
    println(Set(1, 2).subsetOf(Set(1, 2, 3)) + " " + Set(1, 4).subsetOf(Set(1, 2)) + " " + (Set(1, 2) == Set(2, 1)) + " " + Set[Int]().isEmpty)
    println("" + tags.map(_.length) + " " + tags.filter(_.length == 3) + " " + tags.toList.sorted + " " + tags.size + " " + warm.toList)
    for (t <- warm) print(t + ";")
    println()
    println("" + Set(3, 1, 2).map(_ * 10) + " " + Set(1, 2, 3, 4, 5, 6).filter(_ % 2 == 0) + " " + Set(5, 1, 3).toList.sorted + " " + Set(5, 1, 3).min + " " + Set(5, 1, 3).sum)

    val index = Map("scala" -> Set(1, 3), "wasm" -> Set(2), "gc" -> Set[Int]())
    println("" + index + " " + index.map { case (k, v) => k -> v.toList.sorted })
    val byLen = List("a", "bb", "cc", "d", "eee").groupBy(_.length)
    println("" + byLen + " " + byLen.map { case (k, v) => (k, v.size) })
    println(List(Map(1 -> List(2, 3)), Map[Int, List[Int]]()) + " " + Some(Set(Map("k" -> (1, 'c')))) + " " + Map((1, 2) -> Set(Some(3), None)))
    try { stock("lime") } catch { case e: NoSuchElementException => println("apply: " + e.getMessage) }
  }
}
