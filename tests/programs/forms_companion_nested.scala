// Companion objects (the companion's apply as a factory, each reading the other's private members), auxiliary
// constructors (`def this(...)`, chained, with a body), and objects and classes nested in objects.
class Point(val x: Int, val y: Int) {
  private var secret = 42
  def this(v: Int) = this(v, v)
  def this() = { this(7); secret = 1; println("aux body " + this.x + " " + x) }
  def show: String = "(" + x + "," + y + "," + secret + ")"
  def +(o: Point): Point = Point(x + o.x, y + o.y)
}
object Point {
  var created = 0
  def apply(x: Int, y: Int): Point = { created += 1; new Point(x, y) }
  def peek(p: Point): Int = p.secret
  val Origin = new Point(0, 0)
}
object Outer {
  val base = 10
  private[Outer] val hidden = 5
  object Inner {
    def f(n: Int): Int = n + base + hidden
    class Box(val v: Int) { def twice: Int = v * 2 + base }
  }
  class Pair(val a: Int, val b: Int) { def sum: Int = a + b }
}
class Registry {
  final class Entry(val key: String, var next: Entry = null)
  var head: Entry = _
  def add(k: String): Unit = { head = new Entry(k, head) }
  def keys: String = { var s = ""; var e = head; while (e != null) { s += e.key; e = e.next }; s }
}
object FormsCompanionNested {
  def main(args: Array[String]): Unit = {
    val p = new Point(3)
    val q = new Point()
    println(p.show + " " + q.show)
    val r = Point(1, 2) + Point(3, 4)
    println(r.show + " " + Point.created + " " + Point.peek(r) + " " + Point.Origin.show)
    println(Outer.Inner.f(5))
    val b = new Outer.Inner.Box(4)
    println(b.twice)
    val pr = new Outer.Pair(1, 2)
    println(pr.sum)
    val reg = new Registry
    reg.add("a"); reg.add("b"); reg.add("c")
    println(reg.keys)
  }
}
