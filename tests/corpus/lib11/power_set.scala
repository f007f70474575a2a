// Source: after Rosetta Code "Power set" and "Combinations": subsets of a List by recursion, combinations by
// `combinations`, all checked against each other.
object PowerSet {
  def powerSet[A](xs: List[A]): List[List[A]] = xs match {
    case Nil => List(Nil)
    case h :: t =>
      val rest = powerSet(t)
      rest ++ rest.map(h :: _)
  }

  def combinations[A](k: Int, xs: List[A]): List[List[A]] =
    if (k == 0) List(Nil)
    else xs match {
      case Nil => Nil
      case h :: t => combinations(k - 1, t).map(h :: _) ++ combinations(k, t)
    }

  def main(args: Array[String]): Unit = {
    val ps = powerSet(List(1, 2, 3))
    println(ps)
    println(ps.map(_.sum).sorted)
    println(powerSet(List("a", "b", "c", "d")).length)
    println(combinations(2, List('a', 'b', 'c', 'd')))
    println(List(1, 2, 3, 4, 5).combinations(3).toList)
    println((0 to 5).map(k => combinations(k, (1 to 5).toList).length))
  }
}
