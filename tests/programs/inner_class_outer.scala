// Inner classes see their enclosing instance (`Outer.this`): its fields and methods (`private[this]` ones too),
// read and written, through several levels and from lambdas inside; `new o.Inner(...)` from outside gives the
// enclosing instance explicitly.
class Outer(val n: Int) {
  var count = 0
  private val secret = 7
  private[this] var hits = 0
  def hitCount: Int = hits
  def twice(x: Int): Int = 2 * x
  class Inner(val k: Int) {
    def total: Int = { hits += 1; n + k + twice(count) + secret }
    def bump(): Unit = { count += 1; Outer.this.count += 10 }
    def me: Outer = Outer.this
    def adder: Int => Int = x => x + n + k
    class Deeper(val d: Int) {
      def all: Int = n + k + d + count
      def bumpBoth(): Unit = { count += 100; bump() }
    }
    def deeper(d: Int): Deeper = new Deeper(d)
  }
  def make(k: Int): Inner = new Inner(k)
  override def toString: String = "Outer(" + n + ", " + count + ")"
}

class Graph(val size: Int) {
  val names = new Array[String](size)
  class Node(val id: Int) {
    def name: String = names(id)
    def rename(s: String): Unit = names(id) = s
    def next: Node = new Node((id + 1) % size)
  }
  def node(i: Int): Node = new Node(i)
}

object Main {
  def main(args: Array[String]): Unit = {
    val o = new Outer(10)
    val i = o.make(5)
    println(i.total)
    i.bump()
    println(i.total + " " + o)
    val j = new o.Inner(7)
    println(j.total + " " + (j.me == o) + " " + (i.me eq j.me))
    println(j.adder(1))
    val d = j.deeper(3)
    println(d.all)
    d.bumpBoth()
    println(d.all + " " + o.count)
    val other = new Outer(1)
    val k = new other.Inner(2)
    println(k.total + " " + i.total)
    val g = new Graph(3)
    var node = g.node(0)
    for (s <- Array("a", "b", "c")) { node.rename(s); node = node.next }
    println(o.hitCount + " " + other.hitCount)
    println(g.node(2).name + g.node(1).name + g.node(0).name + node.next.name)
  }
}
