// Source: Rosetta Code, "N-queens problem", Scala solution 1 (acmeism/RosettaCodeData,
// Task/N-queens-problem/Scala/n-queens-problem-1.scala). Adapted: `case class Pos` as a class, Iterator[List[Pos]]
// as arrays of positions (a solution grows by one row per step), the for/yield with its `forall` guard kept; the
// first solution printed as a board.
class Pos(val row: Int, val column: Int) {
  def sameRow(p: Pos) = row == p.row
  def sameColumn(p: Pos) = column == p.column
  def sameDiag(p: Pos) = (p.column - column).abs == (p.row - row).abs
  def illegal(p: Pos) = sameRow(p) || sameColumn(p) || sameDiag(p)
  def legal(p: Pos) = !illegal(p)
}

object NQueens {
  def rowSet(size: Int, row: Int) = Array.tabulate(size)(column => new Pos(row, column))

  def expand(solutions: IndexedSeq[Array[Pos]], size: Int, row: Int) =
    for {
      solution <- solutions
      pos <- rowSet(size, row)
      if solution forall (_ legal pos)
    } yield Array.tabulate(solution.length + 1)(k => if (k < solution.length) solution(k) else pos)

  def solve(size: Int): IndexedSeq[Array[Pos]] = {
    var solutions: IndexedSeq[Array[Pos]] = for (p <- 0 until 1) yield new Array[Pos](0)
    for (row <- 0 until size) solutions = expand(solutions, size, row)
    solutions
  }

  def main(args: Array[String]): Unit = {
    for (n <- 4 to 8) println(n + " queens: " + solve(n).length + " solutions")
    val first = solve(8)(0)
    for (p <- first) {
      val cells = (0 until 8).map(c => if (c == p.column) "Q" else ".")
      var line = cells(0)
      for (c <- 1 until 8) line = line + " " + cells(c)
      println(line)
    }
  }
}
