// Written for this test: `super.toString` reaching a parent's override, Any's own (`Name@hash`, the runtime
// class's name), and, from a trait, whatever the class mixing the trait in has below it.
class P { override def toString = "P:" + super.toString.startsWith("P@") }
class Q extends P { override def toString = "Q<" + super.toString + ">" }
trait Loud { override def toString = super.toString.toUpperCase }
class R extends Q with Loud
class S extends Loud
object Main {
  def main(args: Array[String]): Unit = {
    println(new P)
    println(new Q)
    println(new R)
    val s = new S
    println(s.toString.startsWith("S@") + " " + (s.toString == s.toString.toUpperCase))
  }
}
