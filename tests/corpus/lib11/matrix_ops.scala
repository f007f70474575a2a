// Source: written for this test: small linear algebra over immutable Vectors of Vectors as Scala code writes it
// (transpose, multiplication with zip and sum, identity with tabulate, determinant by cofactor expansion, powers
// by repeated squaring), and a mutable Array-based Gaussian elimination with Doubles. Adapted: transpose written
// out (the library's `transpose` is not provided).
object MatrixOps {
  type Matrix = Vector[Vector[Long]]

  def show(m: Matrix): String = m.map(_.map(x => f"$x%5d").mkString).mkString("\n")

  def identity(n: Int): Matrix = Vector.tabulate(n, n)((i, j) => if (i == j) 1L else 0L)

  def transpose(m: Matrix): Matrix =
    if (m.isEmpty) m else m.head.indices.toVector.map(j => m.map(row => row(j)))

  def multiply(a: Matrix, b: Matrix): Matrix = {
    val bt = transpose(b)
    a.map(row => bt.map(col => row.zip(col).map { case (x, y) => x * y }.sum))
  }

  def power(m: Matrix, k: Int): Matrix =
    if (k == 0) identity(m.size)
    else if (k % 2 == 0) { val h = power(m, k / 2); multiply(h, h) }
    else multiply(m, power(m, k - 1))

  def minor(m: Matrix, col: Int): Matrix = m.tail.map(row => row.take(col) ++ row.drop(col + 1))

  def det(m: Matrix): Long =
    if (m.size == 1) m(0)(0)
    else m(0).indices.map(c => (if (c % 2 == 0) 1 else -1) * m(0)(c) * det(minor(m, c))).sum

  def solve(a: Array[Array[Double]], b: Array[Double]): Array[Double] = {
    val n = b.length
    val m = Array.tabulate(n, n + 1)((i, j) => if (j < n) a(i)(j) else b(i))
    for (p <- 0 until n) {
      val pivot = (p until n).maxBy(r => math.abs(m(r)(p)))
      val tmp = m(p); m(p) = m(pivot); m(pivot) = tmp
      for (r <- p + 1 until n) {
        val f = m(r)(p) / m(p)(p)
        for (c <- p to n) m(r)(c) -= f * m(p)(c)
      }
    }
    val x = new Array[Double](n)
    for (i <- n - 1 to 0 by -1) {
      val s = (i + 1 until n).map(j => m(i)(j) * x(j)).sum
      x(i) = (m(i)(n) - s) / m(i)(i)
    }
    x
  }

  def main(args: Array[String]): Unit = {
    val a: Matrix = Vector(Vector(2L, 0L, 1L), Vector(1L, 3L, 2L), Vector(1L, 1L, 1L))
    println(show(a))
    println("transpose:\n" + show(transpose(a)))
    println("a * a^T:\n" + show(multiply(a, transpose(a))))
    println("det(a) = " + det(a))
    val fib: Matrix = Vector(Vector(1L, 1L), Vector(1L, 0L))
    println("fib(50) = " + power(fib, 50)(0)(1))
    println("a^5:\n" + show(power(a, 5)))
    val hilbert = Vector.tabulate(4, 4)((i, j) => (i + 1L) * (j + 2L) % 7)
    println("det(h) = " + det(hilbert) + ", symmetric: " + (hilbert == transpose(hilbert)))
    val x = solve(Array(Array(2.0, 1.0, -1.0), Array(-3.0, -1.0, 2.0), Array(-2.0, 1.0, 2.0)), Array(8.0, -11.0, -3.0))
    println(x.map(v => f"$v%.6f").mkString("x = [", ", ", "]"))
    println(identity(3).flatten.count(_ == 1L) + " ones in I3; row sums " + a.map(_.sum).mkString(","))
  }
}
