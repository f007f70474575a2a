// Source: written for this test after the Rosetta Code task "Convex hull"
// (https://rosettacode.org/wiki/Convex_hull): Andrew's monotone chain over an Array of case-class points, sorted
// with sortWith, printed with the generated toString.
object ConvexHull {
  case class Point(x: Int, y: Int)

  def cross(o: Point, a: Point, b: Point): Long =
    (a.x - o.x).toLong * (b.y - o.y) - (a.y - o.y).toLong * (b.x - o.x)

  def hull(input: Array[Point]): Array[Point] = {
    val pts = input.sortWith((a, b) => a.x < b.x || (a.x == b.x && a.y < b.y))
    val n = pts.length
    val out = new Array[Point](2 * n)
    var k = 0
    for (p <- pts) {
      while (k >= 2 && cross(out(k - 2), out(k - 1), p) <= 0) k -= 1
      out(k) = p
      k += 1
    }
    val lower = k + 1
    var i = n - 2
    while (i >= 0) {
      val p = pts(i)
      while (k >= lower && cross(out(k - 2), out(k - 1), p) <= 0) k -= 1
      out(k) = p
      k += 1
      i -= 1
    }
    out.take(k - 1)
  }

  def main(args: Array[String]): Unit = {
    val points = Array(Point(16, 3), Point(12, 17), Point(0, 6), Point(-4, -6), Point(16, 6), Point(16, -7),
      Point(16, -3), Point(17, -4), Point(5, 19), Point(19, -8), Point(3, 16), Point(12, 13), Point(3, -4),
      Point(17, 5), Point(-3, 15), Point(-3, -9), Point(0, 11), Point(-9, -3), Point(-4, -2), Point(12, 10))
    val h = hull(points)
    println("Convex Hull: [" + h.mkString(", ") + "]")
    println(h.length + " points, first " + h(0) + ", contains (5,19): " + h.exists(_ == Point(5, 19)))
    val copy = h.map(p => p.copy(y = -p.y))
    println(copy.mkString(" "))
    println(h.count(p => p.x > 0) + " with positive x")
  }
}
