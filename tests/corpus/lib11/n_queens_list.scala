// Source: after "Programming in Scala" (Odersky, Spoon, Venners), chapter 23, the eight queens with for
// expressions over Lists; solutions printed as boards.
object NQueensList {
  def queens(n: Int): List[List[(Int, Int)]] = {
    def placeQueens(k: Int): List[List[(Int, Int)]] =
      if (k == 0) List(List())
      else for {
        queens <- placeQueens(k - 1)
        column <- 1 to n
        queen = (k, column)
        if isSafe(queen, queens)
      } yield queen :: queens
    placeQueens(n)
  }

  def isSafe(queen: (Int, Int), queens: List[(Int, Int)]): Boolean = queens forall (q => !inCheck(queen, q))

  def inCheck(q1: (Int, Int), q2: (Int, Int)): Boolean =
    q1._1 == q2._1 || q1._2 == q2._2 || (q1._1 - q2._1).abs == (q1._2 - q2._2).abs

  def show(solution: List[(Int, Int)], n: Int): String =
    solution.reverse.map { case (_, col) => (1 to n).map(c => if (c == col) "Q" else ".").mkString(" ") }.mkString("\n")

  def main(args: Array[String]): Unit = {
    for (n <- 4 to 8) println(n + ": " + queens(n).length)
    val first = queens(8).head
    println(first)
    println(show(first, 8))
  }
}
