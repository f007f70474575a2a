// Source: after Rosetta Code "Word frequency": count words of a fixed text with an immutable Map built by
// foldLeft, then list the most frequent ones, ties by word.
object WordFrequency {
  val text = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
    |foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was
    |the season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us,
    |we had nothing before us, we were all going direct to Heaven, we were all going direct the other way""".stripMargin

  def main(args: Array[String]): Unit = {
    val words = text.toLowerCase.split("[^a-z]+").filter(_.nonEmpty).toList
    val counts = words.foldLeft(Map.empty[String, Int])((m, w) => m.updated(w, m.getOrElse(w, 0) + 1))
    println(words.length + " words, " + counts.size + " distinct")
    counts.toList.sortBy { case (w, c) => (-c, w) }.take(10).foreach { case (w, c) => println(f"$w%-8s $c%3d") }
    println(counts.filter(_._2 == 1).keys.toList.sorted.mkString(" "))
    println(counts.values.sum + " " + counts.maxBy(_._2))
  }
}
