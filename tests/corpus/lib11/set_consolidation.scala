// Source: Rosetta Code, "Set consolidation" (https://rosettacode.org/wiki/Set_consolidation): sets of letters that
// share an element are merged until none do; the Scala entry's foldLeft over a List of Sets, on the task's four
// examples, each result printed with its sets sorted for a stable order.
object SetConsolidation {
  def consolidate(sets: List[Set[Char]]): List[Set[Char]] =
    sets.foldLeft(List.empty[Set[Char]]) { (acc, s) =>
      val (overlapping, separate) = acc.partition(t => (t intersect s).nonEmpty)
      overlapping.foldLeft(s)(_ union _) :: separate
    }

  def show(sets: List[Set[Char]]): String =
    sets.map(_.toList.sorted.mkString("{", "", "}")).sorted.mkString(" ")

  def main(args: Array[String]): Unit = {
    val examples = List(
      List(Set('A', 'B'), Set('C', 'D')),
      List(Set('A', 'B'), Set('B', 'D')),
      List(Set('A', 'B'), Set('C', 'D'), Set('D', 'B')),
      List(Set('H', 'I', 'K'), Set('A', 'B'), Set('C', 'D'), Set('D', 'B'), Set('F', 'G', 'H')))
    for (e <- examples) println(show(e) + "  =>  " + show(consolidate(e)))
    val all = examples.flatten.flatten.toSet
    println(all.size + " letters: " + all.toList.sorted.mkString)
  }
}
