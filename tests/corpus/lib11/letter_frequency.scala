// Source: Rosetta Code, "Letter frequency" (https://rosettacode.org/wiki/Letter_frequency), over a fixed text
// (the opening of "A Tale of Two Cities") instead of a file; counts in a mutable.HashMap and in an immutable Map
// built with groupBy, compared.
import scala.collection.mutable

object LetterFrequency {
  val text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of " +
    "foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was " +
    "the season of Darkness, it was the spring of hope, it was the winter of despair."

  def main(args: Array[String]): Unit = {
    val counts = mutable.HashMap[Char, Int]()
    for (c <- text.toLowerCase if c.isLetter) counts(c) = counts.getOrElse(c, 0) + 1
    println(counts)
    val grouped = text.toLowerCase.toArray.filter(_.isLetter).groupBy(c => c)
    val sizes = grouped.map(p => (p._1, p._2.length))
    println(sizes)
    println(sizes.size + " letters, same counts: " + counts.forall(p => sizes(p._1) == p._2))
    val ranked = counts.toArray.sortBy(p => (-p._2, p._1))
    for (i <- 0 until 6) {
      val (c, n) = ranked(i)
      println(c + " " + n + " " + "*" * (n / 2))
    }
    val vowels = Set('a', 'e', 'i', 'o', 'u')
    val vowelCount = counts.filter(p => vowels.contains(p._1)).values.sum
    println("vowels: " + vowelCount + ", consonants: " + (counts.values.sum - vowelCount))
    val wordLengths = mutable.HashMap[Int, mutable.ArrayBuffer[String]]()
    for (raw <- text.split(" ")) {
      val w = raw.filter(_.isLetter)
      val ws = wordLengths.getOrElseUpdate(w.length, mutable.ArrayBuffer[String]())
      if (!ws.contains(w.toLowerCase)) ws += w.toLowerCase
    }
    for (n <- wordLengths.keys.toArray.sorted) println(n + ": " + wordLengths(n).sorted.mkString(" "))
  }
}
