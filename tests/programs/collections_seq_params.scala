// A Seq[T] parameter takes a Vector, a range or an array (Scala's Seq is collection.Seq); sorted, max and min of
// java.lang.Comparable elements use their compareTo (Ordering.ordered).
object Main {
  case class V(major: Int, minor: Int) extends Comparable[V] {
    def compareTo(o: V): Int = if (major != o.major) major - o.major else minor - o.minor
  }
  def total(xs: Seq[Int]): Int = xs.sum
  def longest(words: Seq[String]): String = words.maxBy(_.length)
  case class P(x: Int)
  def xs(ps: Seq[P]): Int = ps.map(_.x).sum
  def main(args: Array[String]): Unit = {
    println(total(Vector(1, 2, 3)))
    println(total(1 to 10))
    println(total(Array(4, 5)))
    println(total(List(7)))
    println(longest(Array("a", "abc", "ab")))
    println(xs(Array(P(1), P(2))))
    println(xs(Vector(P(3))))
    println(total((1 to 4).map(_ * 2)))
    val vs = List(V(1, 2), V(0, 9), V(1, 0))
    println(vs.sorted)
    println(vs.max + " " + vs.min)
    println(Vector(V(3, 1), V(2, 2)).sorted)
    println(Array(V(5, 5), V(4, 4)).max)
  }
}
