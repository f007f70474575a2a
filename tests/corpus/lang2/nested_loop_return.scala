// Source: Rosetta Code, "Loops/Nested" (https://rosettacode.org/wiki/Loops/Nested): fill a two-dimensional array
// with random numbers from 1 to 20, loop over it printing each number, and stop after the first 20. Adapted: a
// fixed linear congruential generator instead of scala.util.Random (the same numbers on every run), the array in
// a small Grid class with its own higher-order `foreachRow`/`foreachCell`, and the loops left with `return` from
// inside those lambdas (non-local returns), as well as from inlined foreach loops.
class Grid(val cells: Array[Array[Int]]) {
  def foreachRow(f: Array[Int] => Unit): Unit = {
    var r = 0
    while (r < cells.length) { f(cells(r)); r += 1 }
  }
  def foreachCell(f: (Int, Int, Int) => Unit): Unit = {
    for (r <- 0 until cells.length; c <- 0 until cells(r).length) f(r, c, cells(r)(c))
  }
}

object Main {
  var seed = 12345L
  def next(): Int = {
    seed = (seed * 6364136223846793005L + 1442695040888963407L)
    ((seed >>> 33) % 20).toInt + 1
  }

  def printUntil20(grid: Grid): Int = {
    var printed = 0
    grid.foreachRow { row =>
      row.foreach { x =>
        print(x + " ")
        printed += 1
        if (x == 20) { println(); return printed }
      }
      println()
    }
    printed
  }

  def position(grid: Grid, target: Int): String = {
    grid.foreachCell { (r, c, x) =>
      if (x == target) return "(" + r + ", " + c + ")"
    }
    "nowhere"
  }

  def main(args: Array[String]): Unit = {
    val grid = new Grid(Array.fill(6, 8)(next()))
    println("printed " + printUntil20(grid) + " numbers")
    for (t <- Array(3, 7, 20, 21)) println(t + " first at " + position(grid, t))
  }
}
