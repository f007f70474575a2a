// Classes defined inside methods and blocks: they capture the enclosing method's vals, parameters and vars (a
// captured var is shared with the method, as in Scala), use the enclosing instance's members, call local defs,
// create each other, and are used in lambdas.
class Shop(val name: String) {
  var sold = 0
  def report(prices: Array[Int]): String = {
    val tax = 2
    var lines = 0
    class Line(val price: Int) {
      def total: Int = price + tax
      def render: String = { lines += 1; sold += 1; name + ":" + total }
    }
    val rendered = prices.map(p => new Line(p).render)
    rendered.mkString(",") + " lines=" + lines + " sold=" + sold
  }
}

object Main {
  def counterFrom(start: Int): () => Int = {
    var n = start
    class Counter {
      def next(): Int = { n += 1; n }
    }
    val c = new Counter
    () => c.next()
  }

  def main(args: Array[String]): Unit = {
    val base = 100
    var log = ""
    def note(s: String): Unit = log = log + s + ";"
    class Point(val x: Int, val y: Int) {
      def +(p: Point): Point = new Point(x + p.x, y + p.y)
      def shifted: Point = new Point(x + base, y)
      override def toString: String = { note("show"); "(" + x + ", " + y + ")" }
    }
    val p = new Point(1, 2) + new Point(3, 4)
    println(p)
    println(p.shifted)
    println(log)
    val f = counterFrom(5)
    println(f() + " " + f() + " " + f())
    println(new Shop("s").report(Array(1, 2, 3)))
    var total = 0
    for (i <- 1 to 3) {
      class Acc { def add(k: Int): Unit = total += k * i }
      val a = new Acc
      a.add(10)
    }
    println(total)
    class Tree(val value: Int, val left: Tree, val right: Tree) {
      def sum: Int = value + (if (left == null) 0 else left.sum) + (if (right == null) 0 else right.sum)
      def depth: Int = 1 + math.max(if (left == null) 0 else left.depth, if (right == null) 0 else right.depth)
    }
    val t = new Tree(1, new Tree(2, null, new Tree(4, null, null)), new Tree(3, null, null))
    println(t.sum + " " + t.depth)
  }
}
