// An implicit conversion to Boolean where lambdas passed to forall/exists/filter return a Grid, and under `!` in a
// local def (sudoku's gridToBoolean).
import scala.language.implicitConversions
class Grid(val cells: Array[Int]) { def isEmpty = cells.length == 0 }
object Main {
  val False = new Grid(new Array[Int](0))
  implicit def gridToBoolean(grid: Grid): Boolean = !grid.isEmpty
  def eliminate(n: Int): Grid = if (n % 3 == 0) False else new Grid(Array(n))
  def main(args: Array[String]): Unit = {
    println(Array(1, 2, 4).forall(d => eliminate(d)))
    println(Array(1, 3).forall(d => eliminate(d)))
    println(Array(3, 6, 7).exists(eliminate(_)))
    val keep = Array(1, 2, 3, 4, 5, 6).filter(i => eliminate(i))
    println(keep.mkString(","))
    def check(g: Grid): String = if (!g) "contradiction" else "ok"
    println(check(eliminate(9)) + " " + check(eliminate(10)))
  }
}
