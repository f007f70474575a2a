package linalg

class Matrix(val rows: Int, val cols: Int) {
  val cells: Array[Double] = new Array[Double](rows * cols)
  def get(r: Int, c: Int): Double = cells(r * cols + c)
  def set(r: Int, c: Int, v: Double): Unit = cells(r * cols + c) = v
}
