// Source: Rosetta Code, "Floyd's triangle", Scala solution (acmeism/RosettaCodeData,
// Task/Floyds-triangle/Scala/floyds-triangle.scala). Adapted: `s.take(i-1).sum` as the closed form of the same
// sum, `(s zip t) foreach` as `t.zipWithIndex`, `m takeRight w` as left padding to the column width.
object FloydsTriangle {
  def floydstriangle(n: Int) = {
    val s = (1 to n)
    val t = s map { i => (i - 1) * i / 2 + 1 }
    val last = t(n - 1)

    t.zipWithIndex foreach { p =>
      var m = p._1
      for (i <- 0 until p._2 + 1) {
        val w = (last + i).toString.length + 1 // Column width from last row
        val text = m.toString
        print(" " * (w - text.length) + text)
        m += 1
      }
      print("\n")
    }
  }

  def main(args: Array[String]): Unit = {
    floydstriangle(5)
    floydstriangle(14)
  }
}
