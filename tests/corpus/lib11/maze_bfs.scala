// Source: written for this test after the textbook breadth-first search on a grid maze: the maze as a Vector of
// Strings, a mutable.Queue frontier, a visited Set, predecessors in a mutable.Map, the path rebuilt backwards and
// drawn into the maze.
import scala.collection.mutable

object MazeBfs {
  val maze = Vector(
    "##########",
    "#S...#...#",
    "#.##.#.#.#",
    "#.#..#.#.#",
    "#.#.##.#.#",
    "#...#..#E#",
    "###.#.##.#",
    "#.....#..#",
    "##########")

  type Pos = (Int, Int)

  def find(c: Char): Pos = {
    val r = maze.indexWhere(_.contains(c))
    (r, maze(r).indexOf(c))
  }

  def neighbours(p: Pos): List[Pos] = {
    val (r, c) = p
    List((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)).filter { case (rr, cc) =>
      rr >= 0 && rr < maze.length && cc >= 0 && cc < maze(rr).length && maze(rr)(cc) != '#'
    }
  }

  def bfs(start: Pos, goal: Pos): Option[List[Pos]] = {
    val frontier = mutable.Queue(start)
    val seen = mutable.Set(start)
    val parent = mutable.Map[Pos, Pos]()
    var found = false
    while (frontier.nonEmpty && !found) {
      val cur = frontier.dequeue()
      if (cur == goal) found = true
      else for (n <- neighbours(cur) if !seen.contains(n)) {
        seen += n
        parent(n) = cur
        frontier.enqueue(n)
      }
    }
    if (!found) None
    else {
      var path = List(goal)
      while (path.head != start) path = parent(path.head) :: path
      Some(path)
    }
  }

  def main(args: Array[String]): Unit = {
    val start = find('S')
    val goal = find('E')
    println(s"start $start, goal $goal")
    bfs(start, goal) match {
      case Some(path) =>
        println(s"steps: ${path.length - 1}")
        println(path.mkString(" -> "))
        val onPath = path.toSet
        for (r <- maze.indices) {
          val row = maze(r).zipWithIndex.map { case (ch, c) =>
            if (ch == '.' && onPath.contains((r, c))) '*' else ch
          }
          println(row.mkString)
        }
      case None => println("no path")
    }
    val reachable = maze.indices.flatMap(r => maze(r).indices.map(c => (r, c))).count { p =>
      maze(p._1)(p._2) != '#' && bfs(start, p).isDefined
    }
    println(s"reachable cells: $reachable")
  }
}
