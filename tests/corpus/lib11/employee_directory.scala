// Source: written for this test: an employee directory as HR scripts query one: case classes with Option
// managers, groupBy/mapValues per department, the management chain by recursion over Options, copy for raises,
// a generic Registry over a mutable.Map, withDefaultValue counts, nested Maps, and pattern matching on case classes.
import scala.collection.mutable
object Main {
  case class Emp(name: String, dept: String, salary: Int, manager: Option[String])
  trait Shape { def area: Double }
  case class Sq(s: Double) extends Shape { def area = s * s }
  case class Ci(r: Double) extends Shape { def area = 3.0 * r * r }
  class Registry[K, V] {
    private val m = mutable.Map[K, List[V]]()
    def add(k: K, v: V): Unit = m(k) = v :: m.getOrElse(k, Nil)
    def get(k: K): List[V] = m.getOrElse(k, Nil).reverse
    def keys: List[K] = m.keys.toList
  }
  def main(args: Array[String]): Unit = {
    val emps = List(Emp("ann", "eng", 120, None), Emp("bob", "eng", 100, Some("ann")), Emp("cy", "ops", 90, Some("ann")),
      Emp("dee", "ops", 95, Some("cy")), Emp("eve", "eng", 105, Some("bob")))
    val byDept = emps.groupBy(_.dept)
    println(byDept.mapValues(_.map(_.salary).sum).toList.sorted)
    println(byDept.map { case (d, es) => d -> es.maxBy(_.salary).name }.toList.sorted)
    val reports = emps.flatMap(e => e.manager.map(m => m -> e.name)).groupBy(_._1).mapValues(_.map(_._2))
    println(reports.toList.sortBy(_._1))
    def chain(n: String): List[String] = emps.find(_.name == n).flatMap(_.manager) match {
      case Some(m) => n :: chain(m)
      case None => List(n)
    }
    println(chain("eve").mkString(" -> "))
    val raise = emps.map(e => e.copy(salary = (e.salary * 1.1).toInt))
    println(raise.map(_.salary).mkString(","))
    println(emps.sortBy(e => (e.dept, -e.salary)).map(_.name))
    println(emps.collect { case Emp(n, "ops", s, _) if s > 91 => n })
    val shapes: List[Shape] = List(Sq(2), Ci(1), Sq(1.5))
    println(shapes.map(_.area).sum + " " + shapes.maxBy(_.area) + " " + shapes.collect { case Sq(s) => s })
    val (small, big) = shapes.partition(_.area < 3.5)
    println(small + " | " + big)
    val reg = new Registry[String, Int]
    reg.add("a", 1); reg.add("b", 2); reg.add("a", 3)
    println(reg.get("a") + " " + reg.get("z") + " " + reg.keys.sorted)
    val counts = mutable.Map[Char, Int]().withDefaultValue(0)
    for (c <- "mississippi") counts(c) += 1
    println(counts.toList.sorted)
    val sb = new StringBuilder
    for ((k, v) <- counts.toList.sortBy(-_._2)) sb.append(k).append(v)
    println(sb)
    val nested = Map("x" -> Map("y" -> List(1, 2)), "z" -> Map.empty[String, List[Int]])
    println(nested.get("x").flatMap(_.get("y")).map(_.sum).getOrElse(0) + " " + nested("z").isEmpty)
    val opt: Option[Emp] = emps.find(_.salary > 110)
    opt match { case Some(Emp(n, _, _, None)) => println("top " + n); case _ => println("none") }
    println(emps.map(_.manager).distinct.flatten.sorted)
    println(emps.zipWithIndex.filter(_._2 % 2 == 0).map(_._1.name))
    println(emps.foldLeft(Map.empty[String, Int])((acc, e) => acc + (e.dept -> (acc.getOrElse(e.dept, 0) + 1))))
  }
}
