// Source: written for this test: a word-count report as log and text tooling writes it: normalising words with a
// regex split, counting with groupBy and foldLeft into a Map, ranking by count then word, a histogram with
// padded columns, and per-letter statistics.
object WordCountReport {
  val text: String =
    """It was the best of times, it was the worst of times, it was the age of wisdom,
      |it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
      |it was the season of Light, it was the season of Darkness, it was the spring of hope,
      |it was the winter of despair, we had everything before us, we had nothing before us.""".stripMargin

  def words(s: String): List[String] =
    s.toLowerCase.split("[^a-z]+").toList.filter(_.nonEmpty)

  def countWith(ws: List[String]): Map[String, Int] =
    ws.foldLeft(Map.empty[String, Int]) { (acc, w) => acc + (w -> (acc.getOrElse(w, 0) + 1)) }

  def main(args: Array[String]): Unit = {
    val ws = words(text)
    println(s"words: ${ws.size}, distinct: ${ws.distinct.size}")
    val counts = ws.groupBy(identity).map { case (w, occ) => (w, occ.size) }
    val folded = countWith(ws)
    println(s"groupBy and foldLeft agree: ${counts == folded}")

    val ranked = counts.toList.sortBy { case (w, n) => (-n, w) }
    println("top 8:")
    ranked.take(8).zipWithIndex.foreach { case ((w, n), i) =>
      println(f"${i + 1}%2d. $w%-12s $n%3d ${"#" * n}")
    }

    val once = ranked.filter(_._2 == 1).map(_._1)
    println(s"hapax legomena (${once.size}): ${once.sorted.mkString(", ")}")

    val byLength = ws.distinct.groupBy(_.length).toList.sortBy(_._1)
    for ((len, group) <- byLength)
      println(s"length $len: ${group.sorted.mkString(" ")}")

    val letters = ws.flatMap(_.toList).groupBy(identity).mapValues(_.size)
    val topLetters = letters.toList.sortBy(p => (-p._2, p._1)).take(5)
    println("letters: " + topLetters.map { case (c, n) => s"$c=$n" }.mkString(" "))

    val longest = ws.maxBy(_.length)
    val avg = ws.map(_.length).sum.toDouble / ws.size
    println(f"longest: $longest, average length: $avg%.3f")

    val bigrams = ws.zip(ws.tail).groupBy(identity).mapValues(_.size).filter(_._2 > 2)
    println("frequent bigrams: " + bigrams.toList.sortBy(b => (-b._2, b._1._1, b._1._2)).map { case ((a, b), n) => s"$a $b ($n)" }.mkString("; "))
  }
}
