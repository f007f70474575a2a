// Source: Rosetta Code, "Ethiopian multiplication", Scala solution (acmeism/RosettaCodeData,
// Task/Ethiopian-multiplication/Scala/ethiopian-multiplication.scala). Adapted: the Iterator of (halve, double) pairs
// as an array built by a loop; ethiopian, ethiopian2 and ethiopian3 kept (foldLeft as a loop over the mapped
// values), ethiopian4's recursion kept.
object EthiopianMultiplication {
  def isEven(x: Int) = (x & 1) == 0
  def halve(x: Int) = x >>> 1
  def double(x: Int) = x << 1

  def pairs(x: Int, y: Int): Array[(Int, Int)] = {
    var n = 0
    var a = x
    while (a > 0) { n += 1; a = halve(a) }
    val out = new Array[(Int, Int)](n)
    var i = (x, y)
    for (k <- 0 until n) { out(k) = i; i = (halve(i._1), double(i._2)) }
    out
  }

  def total(xs: Array[Int]): Int = { var s = 0; xs.foreach(s += _); s }

  def ethiopian(i: Int, j: Int): Int = total(pairs(i, j).filter(x => !isEven(x._1)).map(x => x._2))
  def ethiopian2(i: Int, j: Int): Int = total(pairs(i, j).map(x => if (isEven(x._1)) 0 else x._2))
  def ethiopian3(i: Int, j: Int): Int = {
    var res = 0;
    for ((h, d) <- pairs(i, j) if !isEven(h)) res += d;
    res
  }
  def ethiopian4(i: Int, j: Int): Int = if (i == 1) j else ethiopian(halve(i), double(j)) + (if (isEven(i)) 0 else j)

  def main(args: Array[String]): Unit = {
    println(ethiopian(17, 34) + " " + ethiopian2(17, 34) + " " + ethiopian3(17, 34) + " " + ethiopian4(17, 34))
    println(ethiopian(99, 101) + " " + ethiopian3(1000, 1000))
  }
}
