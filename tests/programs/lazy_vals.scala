// Lazy vals of objects and classes: computed on first use and once (its side effects show when), of primitive,
// String and array types, one using another, per instance in a class, in a local class and an anonymous class, and
// one whose computation throws, computed again at the next use.
object Config {
  lazy val table: Array[Int] = { println("computing table"); Array(1, 2, 3) }
  lazy val total = { println("summing"); table.sum }
  lazy val name = "cfg"
  var attempts = 0
  lazy val flaky: Int = { attempts += 1; if (attempts < 2) throw new IllegalStateException("not yet"); attempts * 10 }
}

class Node(val id: Int) {
  lazy val label: String = { println("label " + id); "node" + id }
  lazy val square = id * id
}

trait Shape { def area: Double }

object Main {
  def main(args: Array[String]): Unit = {
    println("start")
    println(Config.total)
    println(Config.total + Config.table.length + Config.name)
    val a = new Node(3)
    val b = new Node(4)
    println("made")
    println(a.label + a.label + a.square + " " + b.square + b.label)
    try println(Config.flaky) catch { case e: IllegalStateException => println("failed: " + e.getMessage) }
    println(Config.flaky + " after " + Config.attempts + " attempts")
    class Local(n: Int) { lazy val twice = { println("twice of " + n); n * 2 } }
    val l = new Local(21)
    println(l.twice + l.twice)
    val s = new Shape { lazy val side = { println("side"); 3.0 }; def area = side * side }
    println(s.area + s.area)
  }
}
