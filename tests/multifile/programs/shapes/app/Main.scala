package app

import geo._
import geo.render.{Canvas => C}

object Main {
  def main(args: Array[String]): Unit = {
    val a = new Point(1, 2)
    val b = a.plus(new geo.Point(2, 1)).scaled(1)
    println(C.show(a) + " + (2, 1) = " + C.show(b))
    println("distance " + Points.manhattan(Points.origin, b))
    C.grid(Array(a, b, Points.origin), 4)
    println("drawn " + C.drawn + " points")
  }
}
