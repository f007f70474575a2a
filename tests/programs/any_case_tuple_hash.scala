// Case classes and tuples held as Any: == through their equals, hashCode and ## as Scala 2.11 computes them
// (MurmurHash3.productHash over the elements' ##), printing, and search in an Array[Any].
object Main {
  case class P(x: Int, y: Int)
  case class Q(name: String, p: P)
  def main(args: Array[String]): Unit = {
    val a: Any = P(1, 2)
    val b: Any = P(1, 2)
    println(a == b)
    println(a == P(2, 1))
    println(a == "P(1,2)")
    println(a.hashCode == P(1, 2).hashCode)
    println(a)
    println(a.## == b.##)
    val arr = Array[Any](Q("q", P(3, 4)), (1, 2), (1, "a"), 2L, 3.5)
    for (x <- arr) println(x + " " + x.hashCode + " " + x.##)
    println((1, 2).hashCode + " " + (1, "a").## + " " + ((1, 2.0): Any).hashCode)
    println(arr(0) == Q("q", P(3, 4)))
    println(Array[Any]((1, 2)).contains((1, 2)))
  }
}
