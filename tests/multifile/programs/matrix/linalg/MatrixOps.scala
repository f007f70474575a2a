package linalg

object MatrixOps {
  def identity(n: Int): Matrix = {
    val m = new Matrix(n, n)
    for (i <- 0 until n) m.set(i, i, 1.0)
    m
  }
  def times(a: Matrix, b: Matrix): Matrix = {
    val out = new Matrix(a.rows, b.cols)
    for (i <- 0 until a.rows) {
      for (j <- 0 until b.cols) {
        var s = 0.0
        for (k <- 0 until a.cols) s += a.get(i, k) * b.get(k, j)
        out.set(i, j, s)
      }
    }
    out
  }
}
