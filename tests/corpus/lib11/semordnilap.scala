// Source: Rosetta Code, "Semordnilap" (https://rosettacode.org/wiki/Semordnilap): pairs of words that are each
// other's reverse, over a fixed word list instead of unixdict.txt; a Set for lookups, each pair counted once.
object Semordnilap {
  val words = List("stressed", "desserts", "level", "drawer", "reward", "live", "evil", "stop", "pots", "spot",
    "tops", "diaper", "repaid", "noon", "lager", "regal", "ten", "net", "tip", "pit", "banana", "deliver",
    "reviled", "gateman", "nametag", "abc")

  def main(args: Array[String]): Unit = {
    val dict = words.toSet
    val pairs = words.filter(w => w < w.reverse && dict.contains(w.reverse)).map(w => (w, w.reverse))
    println(pairs.size + " semordnilap pairs")
    pairs.sortBy(p => (-p._1.length, p._1)).take(5).foreach { case (a, b) => println(a + " <-> " + b) }
    val palindromes = words.filter(w => w == w.reverse)
    println("palindromes: " + palindromes.mkString(", "))
    val byLength = pairs.groupBy(_._1.length).map { case (n, ps) => (n, ps.map(_._1)) }
    println(byLength.toList.sortBy(_._1).map { case (n, ws) => n + ":" + ws.sorted.mkString("/") }.mkString(" "))
    println(words.filterNot(w => dict.contains(w.reverse)).sorted)
  }
}
