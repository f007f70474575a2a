// scala.util.control.Breaks: `breakable { ... break ... }` leaves the block (from loops, nested calls and closures),
// a `catch` of Exceptions lets the break through (it is no Exception), nested breakables stop the innermost, and a
// break outside any breakable is an uncaught scala.util.control.BreakControl.
import scala.util.control.Breaks._

object Main {
  def firstNegative(xs: Array[Int]): Int = {
    var found = -1
    breakable {
      for (i <- 0 until xs.length) if (xs(i) < 0) { found = i; break }
    }
    found
  }

  def stopAt(limit: Int): Unit = if (limit > 3) break()

  def main(args: Array[String]): Unit = {
    println(firstNegative(Array(3, 4, -1, 5, -2)) + " " + firstNegative(Array(1)))
    var n = 0
    breakable {
      while (true) {
        n += 1
        try stopAt(n) catch { case e: Exception => println("not caught here") }
      }
    }
    println("n = " + n)
    for (row <- 1 to 3) breakable { for (col <- 1 to 3) { if (col > row) break; print(row * col + " ") } }
    println()
    breakable { List(1, 2, 3, 4).foreach(x => if (x == 3) break else print(x + ";")) }
    println()
    println("now a break outside breakable")
    break
  }
}
