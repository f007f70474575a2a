// canEqual and productElement a parent defines concretely are inherited, not generated (as scalac decides)
// and an abstract one in a trait is implemented by the generated member.
object Main {
  abstract class Base { def canEqual(that: Any): Boolean = false; def productElement(n: Int): Any = null }
  case class P(x: Int) extends Base
  trait Prod { def productElement(n: Int): Any }
  case class Q(y: String) extends Prod
  def main(args: Array[String]): Unit = {
    println(P(1).canEqual(P(2)))
    val b: Base = P(3)
    println(b.productElement(0))
    val q: Prod = Q("s")
    println(q.productElement(0))
  }
}
