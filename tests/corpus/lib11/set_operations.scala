// Source: written for this test: immutable Set algebra (union, intersect, diff, subsetOf) on small and large sets,
// printed in Scala 2.11's iteration order, and a Set of tuples for visited grid cells.
object SetOperations {
  def main(args: Array[String]): Unit = {
    val a = Set(1, 2, 3, 4, 5, 6)
    val b = Set(4, 5, 6, 7, 8)
    println(a union b)
    println(a intersect b)
    println(a diff b)
    println((a & b) + " " + (a | b) + " " + (a -- b) + " " + (b subsetOf (a | b)))
    val evens = (0 to 60 by 2).toSet
    val threes = (0 to 60 by 3).toSet
    println((evens & threes).toList.sorted + " " + (evens & threes))
    var visited = Set[(Int, Int)]()
    var pos = (0, 0)
    for (step <- "RRUULDDDLLUR") {
      pos = step match {
        case 'R' => (pos._1 + 1, pos._2)
        case 'L' => (pos._1 - 1, pos._2)
        case 'U' => (pos._1, pos._2 + 1)
        case _ => (pos._1, pos._2 - 1)
      }
      visited += pos
    }
    println(visited.size + " " + visited)
    println(Set("b", "a", "c").toList.sorted + " " + Set.empty[Int] + " " + Set(1) + " " + (Set(1, 2) - 1 - 2))
  }
}
