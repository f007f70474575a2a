// Source: written for this test after the classic List[List[Int]] matrix exercises: transpose, multiply,
// identity, and a spiral walk, printed with mkString.
object MatrixLists {
  type Matrix = List[List[Int]]

  def transpose(m: Matrix): Matrix = if (m.isEmpty || m.head.isEmpty) Nil else m.map(_.head) :: transpose(m.map(_.tail))

  def multiply(a: Matrix, b: Matrix): Matrix = {
    val bt = transpose(b)
    a.map(row => bt.map(col => row.zip(col).map { case (x, y) => x * y }.sum))
  }

  def identity(n: Int): Matrix = List.tabulate(n, n)((i, j) => if (i == j) 1 else 0)

  def spiral(m: Matrix): List[Int] = m match {
    case Nil => Nil
    case first :: rest => first ++ spiral(transpose(rest).reverse)
  }

  def show(m: Matrix): String = m.map(_.mkString(" ")).mkString("\n")

  def main(args: Array[String]): Unit = {
    val a = List(List(1, 2, 3), List(4, 5, 6))
    val b = List(List(7, 8), List(9, 10), List(11, 12))
    println(show(transpose(a)))
    println(show(multiply(a, b)))
    println(multiply(identity(3), b) == b)
    println(spiral(List(List(1, 2, 3, 4), List(5, 6, 7, 8), List(9, 10, 11, 12))))
    println(a.flatten.sum + " " + a.transpose + " " + identity(2))
  }
}
