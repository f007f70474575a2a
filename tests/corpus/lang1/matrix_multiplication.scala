// Source: Rosetta Code, "Matrix multiplication", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Matrix-multiplication/Scala/matrix-multiplication-1.scala). Adapted: for Int matrices instead of any Numeric;
// `b.transpose` as a local def built with Array.tabulate; `row zip col map Function.tupled(_*_) reduceLeft (_+_)`
// as a sum over the indices; the nested for/yield kept.
object MatrixMultiplication {
  def mult(a: Array[Array[Int]], b: Array[Array[Int]]) = {
    def transpose(m: Array[Array[Int]]) = Array.tabulate(m(0).length, m.length)((i, j) => m(j)(i))
    for (row <- a)
    yield for (col <- transpose(b))
          yield {
            var s = 0
            for (k <- 0 until row.length) s += row(k) * col(k)
            s
          }
  }

  def main(args: Array[String]): Unit = {
    val a = Array(Array(1, 2), Array(3, 4), Array(5, 6))
    val b = Array(Array(1, 2, 3), Array(4, 5, 6))
    for (row <- mult(a, b)) {
      row.foreach(x => print(x + " "))
      println()
    }
  }
}
