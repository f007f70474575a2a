package app

import linalg._
import fmt.Format.show

object Main {
  def main(args: Array[String]): Unit = {
    val a = new Matrix(2, 3)
    var v = 0.5
    for (i <- 0 until 2) {
      for (j <- 0 until 3) {
        a.set(i, j, v)
        v = v * 2.0 + 0.25
      }
    }
    val b = new Matrix(3, 2)
    for (i <- 0 until 3) b.set(i, i % 2, (i + 1).toDouble / 4)
    show(a)
    show(MatrixOps.times(a, b))
    show(MatrixOps.times(MatrixOps.identity(2), MatrixOps.times(a, b)))
    println(MatrixOps.identity(3).cells.length)
  }
}
