// Covers: methods where functions are expected (eta-expansion) on an object, an instance (the receiver evaluated
// once, when the function value is made) and a local def; `f _` method values.
class Scaler(val k: Int) {
  def scale(x: Int): Int = x * k
  def show(x: Int): Unit = println("s" + (x * k))
}
object Util {
  def twice(x: Int): Int = x * 2
}
object FnEtaExpansion {
  var made = 0
  def mk(k: Int): Scaler = { made += 1; new Scaler(k) }
  def add(a: Int, b: Int): Int = a + b
  def main(args: Array[String]): Unit = {
    val a = Array(1, 2, 3)
    val s = new Scaler(10)
    a.map(s.scale).foreach(println)
    a.foreach(s.show)
    a.map(Util.twice).foreach(println)
    val f: Int => Int = mk(3).scale
    println(f(1) + f(2) + " " + made)
    val g = add _
    println(g(2, 3))
    val h = s.scale _
    println(h(5))
    val m = mk(7).scale _
    println(m(1) + m(1) + " " + made)
    def local(x: Int) = x - 1
    val l = local _
    println(l(10))
    println(a.map(local).length)
  }
}
