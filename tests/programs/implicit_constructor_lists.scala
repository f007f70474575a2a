// Constructors with an implicit list: filled or given (`new C(a)(p)`); a subclass passes its own implicit on to the
// superclass's, where the class's inherited members are not yet in scope (so no ambiguity with the parent's val).
class Planner(val name: String)
class Stay(val label: String)(implicit val planner: Planner) {
  override def toString = label + "@" + planner.name
}
class Child(label: String)(implicit p: Planner) extends Stay(label + "!")
object Main {
  def main(args: Array[String]): Unit = {
    println(new Stay("a")(new Planner("explicit")))
    implicit val p = new Planner("implicit")
    println(new Stay("b"))
    println(new Child("c"))
    println(new Child("d")(new Planner("given")).planner.name)
  }
}
