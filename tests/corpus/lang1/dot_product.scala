// Source: Rosetta Code, "Dot product", Scala solution (acmeism/RosettaCodeData, Task/Dot-product/Scala/dot-product.scala).
// Adapted: the implicit `Dot` class over any Numeric as a class over Array[Int]; `v1 zip v2 map Function.tupled(_*_)`
// as the indices zipped with the elements; `require` kept.
class Dot(v1: Array[Int]) {
  def dot(v2: Array[Int]) = {
    require(v1.length == v2.length)
    var s = 0
    v1.zipWithIndex.foreach { case (x, i) => s += x * v2(i) }
    s
  }
}

object DotProduct {
  def main(args: Array[String]): Unit = {
    val v1 = Array(1, 3, -5)
    val v2 = Array(4, -2, -1)
    println(new Dot(v1) dot v2)
  }
}
