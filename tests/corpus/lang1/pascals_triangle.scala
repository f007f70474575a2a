// Source: Rosetta Code, "Pascal's triangle", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Pascals-triangle/Scala/pascals-triangle-1.scala). Adapted: List as Array; `tri(n - 1) zip tri(n - 1).tail`
// as a for/yield of neighbouring pairs, still summed with `map { case (a, b) => a + b }`; a main prints ten rows.
object PascalsTriangle {
  def tri(row: Int): Array[Int] =
    row match {
      case 1 => Array(1)
      case n =>
        val prev = tri(n - 1)
        val pairs = for (i <- 0 until prev.length - 1) yield (prev(i), prev(i + 1))
        val middle = pairs map { case (a, b) => a + b }
        Array.tabulate(n)(k => if (k == 0 || k == n - 1) 1 else middle(k - 1))
    }

  def main(args: Array[String]): Unit = {
    for (r <- 1 to 10) {
      val row = tri(r)
      var line = ""
      row.foreach(x => line = line + x + " ")
      println(line.trim)
    }
  }
}
