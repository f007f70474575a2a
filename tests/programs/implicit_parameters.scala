class Planner(val name: String) {
  var count = 0
  def add(c: Constraint): Unit = { count += 1; println(name + " adds " + c.label) }
}

abstract class Constraint(val label: String)(implicit planner: Planner) {
  def register(): Unit = planner.add(this)
  def owner: String = planner.name
}

class Stay(label: String)(implicit planner: Planner) extends Constraint(label) {
  register()
}

object Config {
  implicit val defaultPlanner: Planner = new Planner("default")
}

object Helper {
  implicit val helperPlanner: Planner = new Planner("helper")
  def run(): String = Main.twice + " " + new Stay("h").owner
}

object Main {
  def change(v: Int)(implicit p: Planner): Int = { p.count += v; p.count }
  def twice(implicit p: Planner): String = p.name + p.name

  def main(args: Array[String]): Unit = {
    implicit val planner = new Planner("main")
    val s = new Stay("s1")
    println(s.owner)
    println(change(5))
    println(change(1)(new Planner("explicit")))
    println(twice)
    println(twice(new Planner("x")))
    val f = (i: Int) => change(i)
    println(f(10))
    println(Helper.run())
  }
}
