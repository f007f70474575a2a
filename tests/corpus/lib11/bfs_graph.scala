// Source: written for this test after the textbook breadth-first search: a graph as a Map of adjacency Lists,
// a Queue of work, a Set of visited nodes, and shortest paths rebuilt from a Map of parents.
import scala.collection.mutable

object BfsGraph {
  val edges = List("a" -> "b", "a" -> "c", "b" -> "d", "c" -> "d", "d" -> "e", "e" -> "f", "c" -> "g", "g" -> "f",
    "f" -> "h", "x" -> "y")

  val graph: Map[String, List[String]] =
    (edges ++ edges.map(_.swap)).groupBy(_._1).map { case (k, v) => k -> v.map(_._2).sorted }

  def bfs(start: String): Map[String, String] = {
    val parent = mutable.Map[String, String]()
    val visited = mutable.Set(start)
    val queue = mutable.Queue(start)
    while (queue.nonEmpty) {
      val node = queue.dequeue()
      for (next <- graph.getOrElse(node, Nil) if !visited.contains(next)) {
        visited += next
        parent(next) = node
        queue.enqueue(next)
      }
    }
    parent.toMap
  }

  def path(parents: Map[String, String], to: String): List[String] = parents.get(to) match {
    case Some(p) => path(parents, p) :+ to
    case None => List(to)
  }

  def main(args: Array[String]): Unit = {
    println(graph.toList.sortBy(_._1))
    val parents = bfs("a")
    for (target <- List("h", "e", "g", "y")) {
      val p = path(parents, target)
      println(target + ": " + (if (p.head == "a") p.mkString(" -> ") else "unreachable"))
    }
    println(parents.keys.toList.sorted)
    println(graph.keySet.size + " " + graph.values.map(_.size).sum)
  }
}
