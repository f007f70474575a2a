// Source: after Rosetta Code "Anagrams" (group words by their sorted letters), on a fixed word list.
object Anagrams {
  def main(args: Array[String]): Unit = {
    val words = List("abel", "able", "bale", "bela", "elba", "alger", "glare", "lager", "large", "regal",
      "angel", "angle", "galen", "glean", "lange", "caret", "carte", "cater", "crate", "trace", "elan", "lane",
      "lean", "lena", "neal", "evil", "levi", "live", "veil", "vile", "dog", "god", "cat", "act", "tac", "zebra")
    val groups = words.groupBy(w => w.sorted)
    val biggest = groups.values.map(_.length).max
    val best = groups.values.filter(_.length == biggest).map(_.sorted).toList.sortBy(_.head)
    best.foreach(g => println(g.mkString(" ")))
    println(groups.size)
    println(groups.toList.sortBy(_._1).map { case (k, v) => k + ":" + v.length }.mkString(", "))
    val singles = groups.filter { case (_, v) => v.length == 1 }.keys.toList.sorted
    println(singles)
  }
}
