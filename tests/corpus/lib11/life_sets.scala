// Source: written for this test after Conway's Game of Life as functional Scala writes it: the live cells as an
// immutable Set of (row, col) pairs, neighbour counts with flatMap and groupBy, the next generation by filter,
// patterns recognised by normalising their cells, and the grid drawn with ranges and mkString.
object LifeSets {
  type Cell = (Int, Int)

  def neighbours(c: Cell): List[Cell] =
    (for (dr <- -1 to 1; dc <- -1 to 1 if dr != 0 || dc != 0) yield (c._1 + dr, c._2 + dc)).toList

  def step(live: Set[Cell]): Set[Cell] = {
    val counts: Map[Cell, Int] = live.toList.flatMap(neighbours).groupBy(identity).map { case (c, l) => (c, l.size) }
    counts.filter { case (c, n) => n == 3 || (n == 2 && live.contains(c)) }.keySet
  }

  def normalise(cells: Set[Cell]): Set[Cell] =
    if (cells.isEmpty) cells
    else {
      val r0 = cells.map(_._1).min
      val c0 = cells.map(_._2).min
      cells.map { case (r, c) => (r - r0, c - c0) }
    }

  def draw(cells: Set[Cell], rows: Range, cols: Range): String =
    rows.map(r => cols.map(c => if (cells((r, c))) '#' else '.').mkString).mkString("\n")

  def parse(picture: List[String]): Set[Cell] =
    (for ((line, r) <- picture.zipWithIndex; c <- 0 until line.length if line(c) == '#') yield (r, c)).toSet

  def main(args: Array[String]): Unit = {
    val glider = parse(List(".#.", "..#", "###"))
    val blinker = parse(List("###"))
    val block = parse(List("##", "##"))

    val gens = Iterator.iterate(glider)(step).take(5).toList
    gens.zipWithIndex.foreach { case (g, i) =>
      println(s"generation $i: ${g.size} cells, bounding box ${g.map(_._1).max - g.map(_._1).min + 1}x${g.map(_._2).max - g.map(_._2).min + 1}")
    }
    println(draw(gens(4), 0 to 4, 0 to 4))
    println("glider returns shifted after 4: " + (normalise(gens(4)) == normalise(glider)))
    println("shift: " + (gens(4).map(_._1).min - glider.map(_._1).min, gens(4).map(_._2).min - glider.map(_._2).min))

    val b1 = step(blinker)
    println("blinker period 2: " + (step(b1) == blinker) + ", vertical: " + b1.toList.sorted)
    println("block still life: " + (step(block) == block))

    val rpent = parse(List(".##", "##.", ".#."))
    val history = Iterator.iterate(rpent)(step).take(30).map(_.size).toList
    println("r-pentomino populations: " + history.mkString(","))
    println("max population " + history.max + " at generation " + history.indexOf(history.max))
    val lonely = Set((0, 0), (10, 10))
    println("lonely cells die: " + step(lonely).isEmpty)
  }
}
