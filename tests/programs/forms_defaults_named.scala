// Default and named arguments, for methods and constructors; named arguments out of order are still evaluated
// in the order they are written.
class Disk(val size: Int, var next: Disk = null)
class P(val x: Int = 1, val y: Int = 2) {
  def show(prefix: String = "P", sep: String = ","): String = prefix + "(" + x + sep + y + ")"
}
object FormsDefaultsNamed {
  val base = 100
  def f(a: Int, b: Int = 10, c: String = "c"): String = a + "/" + b + "/" + c
  def g(x: Int = base + 1): Int = x
  def tick(n: Int): Int = { println("tick " + n); n }
  def main(args: Array[String]): Unit = {
    println(f(1))
    println(f(1, 2))
    println(f(1, c = "z"))
    println(f(c = "q", a = tick(5), b = tick(6)))
    println(f(b = tick(7), a = tick(8)))
    println(g() + " " + g(3) + " " + g(x = 4))
    val d = new Disk(3)
    println(d.size + " " + (d.next == null))
    val e = new Disk(4, d)
    println(e.next.size)
    val p = new P(y = 7)
    println(p.show() + " " + p.show(sep = ";") + " " + new P().show("Q"))
  }
}
