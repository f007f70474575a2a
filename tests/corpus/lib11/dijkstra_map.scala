// Source: Rosetta Code, "Dijkstra's algorithm" (https://rosettacode.org/wiki/Dijkstra%27s_algorithm), the task's
// graph of six vertices; distances and predecessors in mutable.HashMaps, the unvisited vertices in a
// mutable.HashSet, adjacency as an immutable Map of ArrayBuffers.
import scala.collection.mutable
import scala.collection.mutable.ArrayBuffer

object DijkstraMap {
  case class Edge(to: String, cost: Int)

  def main(args: Array[String]): Unit = {
    val edges = Array(("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15), ("c", "d", 11),
      ("c", "f", 2), ("d", "e", 6), ("e", "f", 9))
    val adj = mutable.HashMap[String, ArrayBuffer[Edge]]()
    for ((from, to, cost) <- edges) {
      adj.getOrElseUpdate(from, ArrayBuffer[Edge]()) += Edge(to, cost)
      adj.getOrElseUpdate(to, ArrayBuffer[Edge]())
    }
    val dist = mutable.HashMap[String, Int]()
    val prev = mutable.HashMap[String, String]()
    val unvisited = mutable.HashSet[String]()
    for (v <- adj.keys) {
      dist(v) = Int.MaxValue
      unvisited += v
    }
    dist("a") = 0
    while (unvisited.nonEmpty) {
      val u = unvisited.toArray.sortBy(v => (dist(v), v)).head
      unvisited -= u
      if (dist(u) != Int.MaxValue) {
        for (e <- adj(u)) {
          val alt = dist(u) + e.cost
          if (alt < dist(e.to)) {
            dist(e.to) = alt
            prev(e.to) = u
          }
        }
      }
    }
    for (target <- Array("e", "f")) {
      val path = ArrayBuffer[String](target)
      while (prev.contains(path.head)) path.insert(0, prev(path.head))
      println("a -> " + target + ": " + path.mkString(" -> ") + " (cost " + dist(target) + ")")
    }
    println(dist)
    println(prev.keys.toArray.sorted.map(k => k + "<-" + prev(k)).mkString(" "))
  }
}
