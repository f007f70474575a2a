package geo.render

import geo.Point

object Canvas {
  var drawn: Int = 0
  def show(p: Point): String = {
    drawn += 1
    s"(${p.x}, ${p.y})"
  }
  def grid(points: Array[Point], size: Int): Unit = {
    for (row <- 0 until size) {
      var line = ""
      for (col <- 0 until size) {
        var hit = false
        for (p <- points) if (p.x == col && p.y == row) hit = true
        line = line + (if (hit) "#" else ".")
      }
      println(line)
    }
  }
}
