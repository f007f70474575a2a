// Source: Rosetta Code, "Sort using a custom comparator" (https://rosettacode.org/wiki/Sort_using_a_custom_comparator):
// the task's words sorted by decreasing length, then case-insensitively, with sortWith and with sortBy on a tuple
// key (both stable), and the same order through an explicit Ordering.
object CustomComparatorSort {
  val words = "Here are some sample strings to be sorted".split(" ").toList

  def before(a: String, b: String): Boolean =
    if (a.length != b.length) a.length > b.length else a.toLowerCase < b.toLowerCase

  def main(args: Array[String]): Unit = {
    println(words.sortWith(before))
    println(words.sortBy(w => (-w.length, w.toLowerCase)))
    val byLength = Ordering.by[String, Int](_.length)
    println(words.sorted(byLength.reverse))
    println(words.sortWith(_.length < _.length).mkString(" "))
    println(words.groupBy(_.length).toList.sortBy(-_._1).map { case (n, ws) => n + ": " + ws.sorted.mkString(",") })
    println(words.map(_.toLowerCase).sorted.reverse.take(3))
  }
}
