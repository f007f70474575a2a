// Source: Rosetta Code, "Inverted index" (https://rosettacode.org/wiki/Inverted_index): documents given as fixed
// strings instead of files; the index is a Map from word to the Set of document names, built with foldLeft, and
// queries intersect the sets of their words.
object InvertedIndex {
  val docs = List(
    "inv1" -> "It is what it is.",
    "inv2" -> "What is it?",
    "inv3" -> "It is a banana!",
    "inv4" -> "Bananas are yellow; what is red?")

  def words(text: String): List[String] = text.toLowerCase.split("[^a-z]+").filter(_.nonEmpty).toList

  val index: Map[String, Set[String]] = docs.foldLeft(Map.empty[String, Set[String]]) { case (acc, (name, text)) =>
    words(text).distinct.foldLeft(acc)((m, w) => m.updated(w, m.getOrElse(w, Set.empty[String]) + name))
  }

  def search(query: String): List[String] = {
    val sets = words(query).map(w => index.getOrElse(w, Set.empty[String]))
    if (sets.isEmpty) Nil else sets.reduce(_ intersect _).toList.sorted
  }

  def main(args: Array[String]): Unit = {
    for (w <- index.keys.toList.sorted) println(f"$w%-8s " + index(w).toList.sorted.mkString(" "))
    for (q <- List("what is it", "banana", "it is", "yellow red", "purple")) {
      val found = search(q)
      println("\"" + q + "\": " + (if (found.isEmpty) "no document" else found.mkString(", ")))
    }
    println(index.values.map(_.size).sum + " postings, " + index.size + " words")
  }
}
