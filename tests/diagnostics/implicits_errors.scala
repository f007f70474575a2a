// Implicit parameters left out where scalac 2.11 finds no value, or several, are errors with its wording.
class Planner(val name: String)
class Other
object Main {
  implicit val global: Planner = new Planner("global")
  def plan(steps: Int)(implicit p: Planner): String = p.name + steps
  def needOther(implicit o: Other): Int = 1
  def main(args: Array[String]): Unit = {
    println(plan(1))
    println(needOther) // expect: error missing-implicit "could not find implicit value for parameter o: Other"
    println(plan(1, global)) // expect: error wrong-arguments
    if (args.length == 0) {
      implicit val local: Planner = new Planner("local")
      println(plan(2)) // expect: error ambiguous-implicit "ambiguous implicit values: both value local of type Planner and value global in object Main of type => Planner match expected type Planner"
      println(plan(3)(local))
    }
  }
}
