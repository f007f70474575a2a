// Classes defined in a block extending classes defined in a block: constructor arguments, fields at every level,
// each level capturing the block's vals and vars (a captured var stays shared), super calls, overrides through the
// parent's type, a local abstract class with local case classes matched on, an anonymous subclass, and a class in
// an inner block extending one of the enclosing block.
object Main {
  def run(scale: Int): Unit = {
    var created = 0
    val label = "n"
    class Node(val id: Int) {
      created += 1
      val weight: Int = id * scale
      def describe: String = label + id + ":" + weight
      override def toString: String = "Node(" + id + ")"
    }
    val suffix = "!"
    class Leaf(id: Int, val tag: String) extends Node(id) {
      val loud = tag.toUpperCase + suffix
      override def describe: String = super.describe + "/" + loud
    }
    val depth = 3
    class DeepLeaf(id: Int) extends Leaf(id, "deep") {
      var visits = 0
      override def describe: String = { visits += 1; super.describe + "@" + depth + "#" + visits }
    }
    val nodes: List[Node] = List(new Node(1), new Leaf(2, "x"), new DeepLeaf(3))
    nodes.foreach(n => println(n.describe))
    val d = new DeepLeaf(4)
    println(d.describe + " " + d.describe + " " + d.weight + " " + d.loud + " " + d)
    println("created " + created)

    abstract class Expr { def eval: Int }
    case class Num(n: Int) extends Expr { def eval: Int = n * scale }
    case class Add(a: Expr, b: Expr) extends Expr { def eval: Int = a.eval + b.eval }
    val e: Expr = Add(Num(1), Add(Num(2), Num(3)))
    println(e + " = " + e.eval)
    def show(x: Expr): String = x match {
      case Num(n) => n.toString
      case Add(a, b) => "(" + show(a) + " + " + show(b) + ")"
    }
    println(show(e))
    println(Num(2) == Num(2))

    val odd = new Node(7) { override def describe: String = "odd " + super.describe + suffix }
    println(odd.describe)
    if (scale > 0) {
      val extra = 100
      class Heavy(id: Int) extends Node(id) { override val weight: Int = extra + id }
      val h = new Heavy(5)
      println(h.describe + " " + h.weight + " " + h.isInstanceOf[Node])
    }
    println("created " + created)
  }

  def main(args: Array[String]): Unit = {
    run(10)
    run(2)
  }
}
