// Source: written for this test: immutable Map and Set iteration order as Scala 2.11 gives it: Map1..Map4 and
// Set1..Set4 keep insertion order; from 5 entries on, HashMap/HashSet hash tries order by the improved hash.
object MapSetOrder {
  def main(args: Array[String]): Unit = {
    var m = Map[Int, String]()
    for (i <- 1 to 6) {
      m = m + (i * 7 -> ("v" + i))
      println(m)
    }
    var s = Set[String]()
    for (w <- List("pear", "fig", "apple", "kiwi", "plum", "lime", "date")) {
      s = s + w
      println(s)
    }
    val big = (1 to 100).map(i => (i * 37 % 101) -> i).toMap
    println(big.size)
    println(big.keys.take(20).mkString(","))
    println(big.values.take(20).mkString(","))
    val words = (1 to 100).map(i => "w" + i).toSet
    println(words.take(30).mkString(" "))
    val huge = (1 to 10000).map(i => i * 31).toSet
    println(huge.size + " " + huge.take(25).mkString(",") + " " + huge.toList.takeRight(5))
    val hugeMap = (1 to 10000).map(i => ("k" + i) -> i).toMap
    println(hugeMap.take(15).mkString(";"))
    println(hugeMap.filter(_._2 % 1000 == 0))
    println(m - 14 - 21)
    println(m.updated(7, "seven").get(7) + " " + m.getOrElse(99, "none") + " " + m.contains(35))
    println(m.map { case (k, v) => (v, k) })
    println(m.filter { case (k, _) => k > 20 }.keys.toList)
    println(m.toList)
    println(Set(3, 1, 2) + " " + Set(5, 4, 3, 2, 1) + " " + (Set(1, 2) ++ Set(2, 3)))
    println(Set(1, 2, 3, 4, 5).map(_ * 2) + " " + (Set(1, 2, 3) - 2) + " " + Set(1, 2).contains(2))
    println(Map(1 -> "a", 2 -> "b") ++ Map(3 -> "c", 4 -> "d", 5 -> "e"))
    m.foreach { case (k, v) => print(k + "=" + v + " ") }
    println()
    println(Set(1.5, 2.5, -0.5, 100.25, 7.0, 3.0))
    println(Set('a', 'q', 'z', 'b', 'x', 'c'))
    println(Set(10L, 20L, 3000000000L, -1L, 5L))
    println(Set(true, false))
    println(Map((1, 2) -> "p", (2, 1) -> "q", (0, 0) -> "r", (5, 5) -> "s", (9, 9) -> "t"))
  }
}
