// Source: Rosetta Code "Towers of Hanoi" (Scala), returning the moves as a List of pairs instead of printing them
// from the recursion; the moves are then replayed on three List stacks to check the puzzle ends solved.
object HanoiMoves {
  def moves(n: Int, from: Int, to: Int, via: Int): List[(Int, Int)] =
    if (n == 0) Nil
    else moves(n - 1, from, via, to) ::: (from, to) :: moves(n - 1, via, to, from)

  def replay(n: Int, ms: List[(Int, Int)]): List[List[Int]] = {
    val start = List(List.range(1, n + 1), List[Int](), List[Int]())
    ms.foldLeft(start) { (pegs, m) =>
      val disk = pegs(m._1).head
      require(pegs(m._2).isEmpty || pegs(m._2).head > disk, "illegal move")
      pegs.zipWithIndex.map { case (peg, i) =>
        if (i == m._1) peg.tail else if (i == m._2) disk :: peg else peg
      }
    }
  }

  def main(args: Array[String]): Unit = {
    val three = moves(3, 0, 2, 1)
    println(three.length + " moves: " + three.map { case (a, b) => a + "->" + b }.mkString(" "))
    println(replay(3, three))
    for (n <- List(1, 2, 5, 8)) {
      val ms = moves(n, 0, 2, 1)
      println(n + " disks: " + ms.length + " moves, ends " + replay(n, ms).map(_.length))
    }
  }
}
