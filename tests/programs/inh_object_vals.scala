// Written for this test: objects whose vals implement or override their parents' members (a trait's abstract
// val, a class's def and val), read through the object and through the parent types, during initialisation too.
trait Config { val name: String; def show = "cfg " + name }
abstract class Shape { def sides: Int; val label: String = "shape"; def info = label + "/" + sides }
object Prod extends Config { val name = "prod" }
object Dev extends Config { val name: String = "d" + "ev"; println("init dev " + show) }
object Tri extends Shape { val sides = 3; override val label = "tri" }
object Main { def main(args: Array[String]): Unit = { println(Prod.show); println(Dev.show); val c: Config = Dev; println(c.name); println(Tri.info + " " + Tri.label); val s: Shape = Tri; println(s.info + s.label + s.sides) } }
