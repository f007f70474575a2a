// Source: written for this test after the Rosetta Code task "Dijkstra's algorithm"
// (https://rosettacode.org/wiki/Dijkstra%27s_algorithm): the task's graph as case-class edges, an array-based
// priority queue of case-class entries, the shortest paths from a to e and f printed with their routes.
object Dijkstra {
  case class Edge(from: Char, to: Char, cost: Int)
  case class Entry(dist: Int, node: Int)

  val edges = Array(Edge('a', 'b', 7), Edge('a', 'c', 9), Edge('a', 'f', 14), Edge('b', 'c', 10),
    Edge('b', 'd', 15), Edge('c', 'd', 11), Edge('c', 'f', 2), Edge('d', 'e', 6), Edge('e', 'f', 9))

  def main(args: Array[String]): Unit = {
    val n = 6
    val dist = Array.fill(n)(Int.MaxValue)
    val prev = Array.fill(n)(-1)
    var heap = new Array[Entry](64)
    var size = 0
    def push(e: Entry): Unit = {
      var i = size
      heap(i) = e
      size += 1
      while (i > 0 && heap((i - 1) / 2).dist > heap(i).dist) {
        val t = heap(i); heap(i) = heap((i - 1) / 2); heap((i - 1) / 2) = t
        i = (i - 1) / 2
      }
    }
    def pop(): Entry = {
      val top = heap(0)
      size -= 1
      heap(0) = heap(size)
      var i = 0
      var done = false
      while (!done) {
        val l = 2 * i + 1
        val r = l + 1
        var m = i
        if (l < size && heap(l).dist < heap(m).dist) m = l
        if (r < size && heap(r).dist < heap(m).dist) m = r
        if (m == i) done = true
        else { val t = heap(i); heap(i) = heap(m); heap(m) = t; i = m }
      }
      top
    }
    dist(0) = 0
    push(Entry(0, 0))
    var pops = 0
    while (size > 0) {
      val Entry(d, u) = pop()
      pops += 1
      if (d == dist(u)) {
        for (Edge(from, to, cost) <- edges if from - 'a' == u) {
          val v = to - 'a'
          if (d + cost < dist(v)) {
            dist(v) = d + cost
            prev(v) = u
            push(Entry(dist(v), v))
          }
        }
      }
    }
    for (target <- Array('e', 'f')) {
      var route = "" + target
      var v = target - 'a'
      while (prev(v) >= 0) { v = prev(v); route = (v + 'a').toChar + " -> " + route }
      println("a to " + target + ": " + dist(target - 'a') + " via " + route)
    }
    println(pops + " entries popped; cheapest edge " + edges.sortWith(_.cost < _.cost).head)
  }
}
