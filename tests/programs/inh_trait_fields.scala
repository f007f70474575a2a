// Written for this test: trait fields (vals and vars, initialised in linearisation order, read and written through
// the trait's type and the class's), a trait val overridden by a class parameter, an abstract trait val implemented
// by a class val, and a trait extending a class.
trait Named {
  val name: String = "unnamed"
  val greeting: String = "hello " + name
  def describe: String = greeting + " (" + name + ")"
}
trait Counted {
  var count = 0
  val step: Int
  def tick(): Int = { count += step; count }
}
class Widget(override val name: String) extends Named with Counted {
  val step = 2
  println("widget " + name + " " + greeting)
}
class Gadget extends Counted with Named {
  val step = 5
}
class Base(val id: Int) { def label: String = "#" + id }
trait Tagged extends Base {
  val tag: String = "tag" + id
  override def label: String = tag + ":" + super.label
}
class Item(n: Int) extends Base(n) with Tagged

object Main {
  def run(c: Counted, times: Int): Int = {
    var last = 0
    for (i <- 0 until times) last = c.tick()
    last
  }
  def main(args: Array[String]): Unit = {
    val w = new Widget("w1")
    println(w.describe)
    println(run(w, 3) + " " + w.count)
    val g = new Gadget
    println(g.describe + " " + run(g, 2) + " " + g.count)
    g.count = 100
    val c: Counted = g
    c.count += 1
    println(c.tick() + " " + g.count)
    val n: Named = w
    println(n.name + " " + n.greeting)
    val it = new Item(7)
    println(it.label + " " + it.tag)
    val b: Base = it
    println(b.label)
  }
}
