package fmt

import linalg.Matrix

object Format {
  def show(m: Matrix): Unit = {
    for (i <- 0 until m.rows) {
      var line = "["
      for (j <- 0 until m.cols) {
        if (j > 0) line = line + ", "
        line = line + m.get(i, j)
      }
      println(line + "]")
    }
  }
}
