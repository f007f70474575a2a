// Covers: 2D arrays built with new Array[Array[Int]](n) filled with new Array[Int](m),
// matrix multiplication, transposition, jagged rows, Pascal's triangle with Long.
object Array2D {
  def matrix(rows: Int, cols: Int): Array[Array[Int]] = {
    val m = new Array[Array[Int]](rows)
    for (r <- 0 until rows) m(r) = new Array[Int](cols)
    m
  }

  def show(m: Array[Array[Int]]): Unit = {
    for (row <- m) {
      var line = ""
      for (v <- row) line = line + v + " "
      println(line)
    }
  }

  def multiply(a: Array[Array[Int]], b: Array[Array[Int]]): Array[Array[Int]] = {
    val n = a.length
    val m = b(0).length
    val k = b.length
    val c = matrix(n, m)
    for (i <- 0 until n) {
      for (j <- 0 until m) {
        var s = 0
        for (x <- 0 until k) s += a(i)(x) * b(x)(j)
        c(i)(j) = s
      }
    }
    c
  }

  def main(args: Array[String]): Unit = {
    val a = matrix(2, 3)
    for (i <- 0 until 2) {
      for (j <- 0 until 3) a(i)(j) = i * 3 + j + 1
    }
    show(a)
    val t = matrix(3, 2)
    for (i <- 0 until 2) {
      for (j <- 0 until 3) t(j)(i) = a(i)(j)
    }
    show(t)
    show(multiply(a, t))
    val pascal = new Array[Array[Long]](11)
    for (n <- 0 to 10) {
      pascal(n) = new Array[Long](n + 1)
      pascal(n)(0) = 1L
      pascal(n)(n) = 1L
      for (k <- 1 until n) pascal(n)(k) = pascal(n - 1)(k - 1) + pascal(n - 1)(k)
    }
    var line = ""
    for (v <- pascal(10)) line = line + v + " "
    println(line)
    println(pascal(7).length)
    val grid = matrix(3, 3)
    grid(1)(1) = 5
    grid(2) = grid(0)
    grid(0)(2) = 9
    show(grid)
    val lit = Array(Array(1, 2), Array(3, 4, 5), Array(6))
    var total = 0
    for (r <- lit) for (v <- r) total += v
    println(total + " " + lit(1).length)
  }
}
