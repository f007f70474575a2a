// Source: Rosetta Code "Look-and-say sequence" (Scala), with the run-length grouping written with List.span as in
// the recursive solution; the first terms and the growth of their lengths.
object LookAndSay {
  def runs(xs: List[Char]): List[(Int, Char)] = xs match {
    case Nil => Nil
    case h :: _ =>
      val (same, rest) = xs.span(_ == h)
      (same.length, h) :: runs(rest)
  }

  def next(s: String): String = runs(s.toList).map { case (n, c) => n.toString + c }.mkString

  def main(args: Array[String]): Unit = {
    val terms = List.iterate("1", 12)(next)
    terms.take(8).foreach(println)
    println(terms.map(_.length))
    println(runs("aaabccdddd".toList))
  }
}
