// Covers: recursive backtracking with arrays (n-queens): counts solutions for
// n = 1..9 and prints the first 8-queens solution as a board.
object NQueens {
  var solutions = 0
  var first: Array[Int] = null

  def safe(cols: Array[Int], row: Int, col: Int): Boolean = {
    var r = 0
    while (r < row) {
      val c = cols(r)
      if (c == col || math.abs(c - col) == row - r) return false
      r += 1
    }
    true
  }

  def place(cols: Array[Int], row: Int): Unit = {
    val n = cols.length
    if (row == n) {
      solutions += 1
      if (first == null) {
        first = new Array[Int](n)
        for (i <- 0 until n) first(i) = cols(i)
      }
    } else {
      for (c <- 0 until n) {
        if (safe(cols, row, c)) {
          cols(row) = c
          place(cols, row + 1)
        }
      }
    }
  }

  def main(args: Array[String]): Unit = {
    for (n <- 1 to 9) {
      solutions = 0
      first = null
      place(new Array[Int](n), 0)
      println(n + ": " + solutions)
    }
    solutions = 0
    first = null
    place(new Array[Int](8), 0)
    for (r <- 0 until 8) {
      var line = ""
      for (c <- 0 until 8) line = line + (if (first(r) == c) "Q" else ".")
      println(line)
    }
  }
}
