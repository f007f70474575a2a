// Covers: immutable class with val fields, methods returning new instances,
// methods taking other instances, Double math on fields, reference equality vs fields.
class Point(val x: Double, val y: Double) {
  def add(o: Point): Point = new Point(x + o.x, y + o.y)
  def scale(k: Double): Point = new Point(x * k, y * k)
  def dist(o: Point): Double = {
    val dx = x - o.x
    val dy = y - o.y
    math.sqrt(dx * dx + dy * dy)
  }
  def show: String = "(" + x + ", " + y + ")"
  def sameAs(o: Point): Boolean = x == o.x && y == o.y
}

object ClassPoint {
  def main(args: Array[String]): Unit = {
    val origin = new Point(0, 0)
    val p = new Point(3, 4)
    println(p.show)
    println(p.dist(origin))
    val q = p.add(new Point(0.5, -1)).scale(2)
    println(q.show)
    println(q.x + q.y)
    val r = new Point(3, 4)
    println(p.sameAs(r))
    println(p == r)
    println(p == p)
    val s = p
    println(s == p)
    println(p != r)
    println(new Point(1, 1).dist(new Point(2, 2)))
    println(origin.show)
  }
}
