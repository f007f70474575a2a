// Overrides of overridden vals through three levels and in an object: one field, the parent constructors see null.
object Main {
  abstract class Base {
    val name: String = "base"
    val n: Int = { println("computing base n"); 1 }
    println("Base sees " + name + " " + n)
    override def toString = name + n
  }
  object O extends Base { override val name = "o"; override val n = 2 }
  class Mid extends Base { override val name = "mid" }
  class Leaf extends Mid { override val name = "leaf"; println("Leaf sees " + name) }
  class Keep extends Base
  def main(args: Array[String]): Unit = {
    println(O)
    println(new Mid)
    println(new Leaf)
    println(new Keep)
    val xs: Array[Base] = Array(new Mid, new Leaf, O)
    println(xs.map(_.name).mkString(","))
  }
}
