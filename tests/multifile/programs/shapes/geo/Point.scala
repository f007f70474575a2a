package geo

class Point(val x: Int, val y: Int) {
  def plus(o: Point): Point = new Point(x + o.x, y + o.y)
  def scaled(k: Int): Point = new Point(x * k, y * k)
}

object Points {
  val origin: Point = new Point(0, 0)
  def manhattan(a: Point, b: Point): Int = math.abs(a.x - b.x) + math.abs(a.y - b.y)
}
