// Written for this test: objects extending an abstract class and a trait, used as values of the parent type,
// with their own members implementing the parents' and inherited members used on the object.
abstract class Color(val name: String) {
  def rgb: Int
  def describe(): String = name + "=" + rgb
}
object Red extends Color("red") {
  def rgb: Int = 0xff0000
  override def toString = "Red!"
}
object Blue extends Color("blue") {
  def rgb = 255
  def twice = describe() + describe()
}
trait Greeter { def greet(who: String): String = "hello " + who + " from " + me; def me: String }
object Bob extends Greeter { def me = "bob" }
object Main {
  def main(args: Array[String]): Unit = {
    val cs = Array[Color](Red, Blue)
    for (c <- cs) println(c.describe() + " " + c.name)
    println(Red)
    println(Blue.twice + Blue.name + Red.rgb)
    println(Bob.greet("ann"))
    val g: Greeter = Bob
    println(g.greet("cy"))
  }
}
