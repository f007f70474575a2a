// Source: written for this test after the Rosetta Code task "Conway's Game of Life"
// (https://rosettacode.org/wiki/Conway%27s_Game_of_Life): live cells as an array of case-class coordinates, the
// next generation computed by counting neighbours with structural equality, a blinker and a glider run.
object Life {
  case class Cell(x: Int, y: Int)

  def contains(cells: Array[Cell], c: Cell): Boolean = cells.exists(_ == c)

  def step(cells: Array[Cell]): Array[Cell] = {
    var next = Array[Cell]()
    var candidates = Array[Cell]()
    for (Cell(x, y) <- cells; dx <- -1 to 1; dy <- -1 to 1) {
      val c = Cell(x + dx, y + dy)
      if (!contains(candidates, c)) candidates :+= c
    }
    for (c <- candidates) {
      val n = cells.count(o => o != c && math.abs(o.x - c.x) <= 1 && math.abs(o.y - c.y) <= 1)
      if (n == 3 || (n == 2 && contains(cells, c))) next :+= c
    }
    next.sortWith((a, b) => a.y < b.y || (a.y == b.y && a.x < b.x))
  }

  def show(cells: Array[Cell], w: Int, h: Int): Unit =
    for (y <- 0 until h) {
      val row = new StringBuilder
      for (x <- 0 until w) row.append(if (contains(cells, Cell(x, y))) '#' else '.')
      println(row.toString)
    }

  def main(args: Array[String]): Unit = {
    var blinker = Array(Cell(1, 0), Cell(1, 1), Cell(1, 2))
    for (g <- 0 until 3) {
      println("blinker generation " + g + ": " + blinker.mkString(" "))
      blinker = step(blinker)
    }
    var glider = Array(Cell(1, 0), Cell(2, 1), Cell(0, 2), Cell(1, 2), Cell(2, 2))
    for (g <- 0 until 4) glider = step(glider)
    show(glider, 6, 6)
    println(glider.mkString(",") + " hash " + glider.map(_.hashCode).sum)
  }
}
