// Source: written for this test after Kahn's topological sort as build tools use it: module dependencies parsed
// from lines into a Map of Sets, in-degrees in a mutable.Map, a sorted ready list so the order is deterministic,
// cycle detection with the remaining nodes, and the transitive dependencies of each module by depth-first search.
// Adapted: a mutable.Set where the first version had a LinkedHashSet, and the lines cut at the colon with
// substring where it split them with a limit (neither is provided).
import scala.collection.mutable

object BuildOrder {
  val spec = List(
    "app: web, db, log",
    "web: http, log, json",
    "db: log, pool",
    "http: net",
    "json:",
    "pool: net",
    "log:",
    "net:")

  def parse(lines: List[String]): Map[String, Set[String]] =
    lines.map { line =>
      val colon = line.indexOf(':')
      val (name, deps) = (line.substring(0, colon), line.substring(colon + 1))
      name.trim -> deps.split(",").map(_.trim).filter(_.nonEmpty).toSet
    }.toMap

  def order(deps: Map[String, Set[String]]): Either[List[String], List[String]] = {
    val nodes = deps.keySet ++ deps.values.flatten
    val indegree = mutable.Map[String, Int]()
    nodes.foreach(n => indegree(n) = deps.getOrElse(n, Set.empty[String]).size)
    val users = nodes.toList.map(n => n -> nodes.filter(m => deps.getOrElse(m, Set.empty[String]).contains(n))).toMap
    var ready = nodes.filter(n => indegree(n) == 0).toList.sorted
    val out = mutable.ListBuffer[String]()
    while (ready.nonEmpty) {
      val n = ready.head
      ready = ready.tail
      out += n
      for (u <- users(n).toList.sorted) {
        indegree(u) -= 1
        if (indegree(u) == 0) ready = (u :: ready).sorted
      }
    }
    if (out.size == nodes.size) Right(out.toList) else Left(nodes.filter(n => indegree(n) > 0).toList.sorted)
  }

  def closure(deps: Map[String, Set[String]], start: String): Set[String] = {
    val seen = mutable.Set[String]()
    def visit(n: String): Unit =
      for (d <- deps.getOrElse(n, Set.empty[String]).toList.sorted if !seen.contains(d)) { seen += d; visit(d) }
    visit(start)
    seen.toSet
  }

  def main(args: Array[String]): Unit = {
    val deps = parse(spec)
    println("modules: " + deps.keys.toList.sorted.mkString(" "))
    order(deps) match {
      case Right(o) => println("build order: " + o.mkString(" -> "))
      case Left(cycle) => println("cycle among: " + cycle.mkString(", "))
    }
    for (m <- deps.keys.toList.sorted) {
      val all = closure(deps, m)
      println(f"$m%-5s needs ${all.size}%d: ${all.toList.sorted.mkString(",")}")
    }
    val cyclic = deps + ("net" -> Set("app")) + ("json" -> Set("json"))
    order(cyclic) match {
      case Right(o) => println("build order: " + o.mkString(" -> "))
      case Left(cycle) => println("cycle among: " + cycle.mkString(", "))
    }
    val leaves = deps.filter(_._2.isEmpty).keys.toList.sorted
    val mostUsed = deps.values.flatten.groupBy(identity).mapValues(_.size).toList.sortBy(p => (-p._2, p._1)).head
    println(s"leaves: ${leaves.mkString(",")}; most used: ${mostUsed._1} (${mostUsed._2} modules)")
  }
}
