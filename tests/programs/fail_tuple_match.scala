// Covers: tuple patterns in match (literals, wildcards, bindings, guards, alternatives, nesting), { case ... }
// where a function is expected, tuple equality, and the MatchError of a tuple no case matches (exit status 1).
object FailTupleMatch {
  def classify(p: (Int, Int)): String = p match {
    case (0, 0) => "origin"
    case (0, _) => "y-axis"
    case (x, 0) => "x-axis at " + x
    case (x, y) if x == y => "diagonal"
    case (x, y) => "point " + x + "," + y
  }
  def main(args: Array[String]): Unit = {
    println(classify((0, 0)))
    println(classify((0, 5)))
    println(classify((3, 0)))
    println(classify((2, 2)))
    println(classify((1, 2)))
    val pairs = Array((1, "a"), (2, "b"))
    pairs.foreach { case (n, s) => print(s + n + " ") }
    println()
    val sums = pairs.map { case (n, _) => n * 10 }
    println(sums(1))
    println((1, 2) == (1, 2))
    println((1, "x") != (1, "y"))
    val t = (1, (2.5, 'c'))
    t match {
      case (1 | 2, (d, 'c')) => println("nested " + d)
      case _ => println("other")
    }
    (5, 6) match { case (a, 7) => println(a) }
  }
}
