// Operators as method names: `def +(that: V)` used as `a + b`, `unary_-` / `unary_!`, alphanumeric infix calls,
// `v += w` on a var of a class type, precedence of user operators (`*` before `+`).
class V(val x: Int, val y: Int) {
  def +(that: V): V = new V(x + that.x, y + that.y)
  def -(that: V): V = new V(x - that.x, y - that.y)
  def *(k: Int): V = new V(x * k, y * k)
  def unary_- : V = new V(-x, -y)
  def unary_! : Boolean = x == 0 && y == 0
  def dot(that: V): Int = x * that.x + y * that.y
  def <(that: V): Boolean = dot(this) < that.dot(that)
  def show: String = "V(" + x + ", " + y + ")"
}
object FormsOperators {
  def main(args: Array[String]): Unit = {
    val a = new V(1, 2)
    val b = new V(3, 4)
    var c = a + b * 2 - a
    println(c.show)
    println((-c).show)
    println(!a + " " + !new V(0, 0))
    println(a dot b)
    println(a.+(b).show)
    c += a
    println(c.show)
    c -= b
    println(c.show)
    println((a < b) + " " + (b < a))
  }
}
