// Source: Rosetta Code, "Top rank per group" (https://rosettacode.org/wiki/Top_rank_per_group): the task's
// employee table as case classes, grouped by department with groupBy, each group sorted by salary (descending)
// and its top N printed; departments in sorted order.
object TopRankPerGroup {
  case class Employee(name: String, id: String, salary: Int, dept: String)

  val data = List(
    Employee("Tyler Bennett", "E10297", 32000, "D101"),
    Employee("John Rappl", "E21437", 47000, "D050"),
    Employee("George Woltman", "E00127", 53500, "D101"),
    Employee("Adam Smith", "E63535", 18000, "D202"),
    Employee("Claire Buckman", "E39876", 27800, "D202"),
    Employee("David McClellan", "E04242", 41500, "D101"),
    Employee("Rich Holcomb", "E01234", 49500, "D202"),
    Employee("Nathan Adams", "E41298", 21900, "D190"),
    Employee("Richard Potter", "E43128", 15900, "D101"),
    Employee("David Motsinger", "E27002", 19250, "D202"),
    Employee("Tim Sampair", "E03033", 27000, "D101"),
    Employee("Kim Arlich", "E10001", 57000, "D190"),
    Employee("Timothy Grove", "E16398", 29900, "D190"))

  def topN(n: Int): List[(String, List[Employee])] =
    data.groupBy(_.dept).toList.sortBy(_._1).map { case (d, es) => (d, es.sortBy(-_.salary).take(n)) }

  def main(args: Array[String]): Unit = {
    for ((dept, top) <- topN(3)) {
      println("Department " + dept)
      top.foreach(e => println(f"  ${e.name}%-16s ${e.id} ${e.salary}%6d"))
    }
    val payroll = data.groupBy(_.dept).map { case (d, es) => d -> es.map(_.salary).sum }
    println(payroll.toList.sorted.mkString(", "))
    val best = data.maxBy(_.salary)
    println("Highest paid: " + best.name + " (" + best.dept + ")")
    val counts = data.groupBy(_.dept).mapValues(_.size)
    println(counts.toSeq.sortBy(p => (-p._2, p._1)).map(p => p._1 + "=" + p._2).mkString(" "))
    println(data.partition(_.salary >= 30000) match { case (hi, lo) => (hi.size, lo.size) })
  }
}
