// Source: after Rosetta Code "Pascal's triangle": each row from the previous with zip, as List[List[BigInt]]
// for the large rows.
object PascalTriangle {
  def nextRow(row: List[Int]): List[Int] = (0 :: row).zip(row :+ 0).map { case (a, b) => a + b }

  def triangle(n: Int): List[List[Int]] = List.iterate(List(1), n)(nextRow)

  def bigRow(n: Int): List[BigInt] = {
    var row = List(BigInt(1))
    for (_ <- 1 to n) row = (BigInt(0) :: row).zip(row :+ BigInt(0)).map { case (a, b) => a + b }
    row
  }

  def main(args: Array[String]): Unit = {
    val t = triangle(10)
    val width = t.last.mkString(" ").length
    for (row <- t) {
      val s = row.mkString(" ")
      println(" " * ((width - s.length) / 2) + s)
    }
    println(t(5))
    println(bigRow(60).max)
    println(bigRow(40).sum)
  }
}
