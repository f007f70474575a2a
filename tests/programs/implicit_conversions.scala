import scala.language.implicitConversions

class Grid(val cells: Array[Int]) {
  def nonEmpty: Boolean = cells.length > 0
}

class Meters(val value: Double) {
  override def toString = value + "m"
}

object Main {
  implicit def gridToBoolean(grid: Grid): Boolean = grid.nonEmpty
  implicit def intToMeters(i: Int): Meters = new Meters(i)

  def search(g: Grid): Grid = if (g.cells.length > 2) g else null
  def total(a: Meters, b: Meters): Meters = new Meters(a.value + b.value)

  def main(args: Array[String]): Unit = {
    val g = new Grid(Array(1, 2, 3))
    if (g) println("non-empty")
    val empty = new Grid(new Array[Int](0))
    println(if (empty) "yes" else "no")
    val ok: Boolean = search(g)
    println(ok)
    println(total(3, new Meters(1.5)))
    val m: Meters = 7
    println(m)
    println(!g || false)
  }
}
