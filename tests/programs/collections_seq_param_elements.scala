// A Vector, an array or a range given for a Seq[T] parameter (the List of its elements here) where the method only
// reads the elements, or makes from them what is the same in Scala whatever the kind: the JVM's output.
object Main {
  case class P(x: Int)
  def stats(xs: Seq[Double]): (Double, Double) = {
    val n = xs.length
    val mean = xs.sum / n
    val v = xs.map(x => (x - mean) * (x - mean)).sum / n
    (mean, v)
  }
  def top(xs: Seq[Int], k: Int): List[Int] = xs.sorted.reverse.take(k).toList
  def show(xs: Seq[Int]): String = xs.mkString("[", ",", "]")
  def count(xs: Seq[String]): Map[String, Int] = xs.groupBy(identity).map { case (k, v) => (k, v.size) }
  def loop(xs: Seq[Int]): Int = { var s = 0; for (x <- xs) s += x; s }
  def idx(xs: Seq[Int]): Int = xs.indices.map(i => xs(i) * i).sum
  def zipped(xs: Seq[Int], ys: Seq[Int]): Int = xs.zip(ys).map { case (a, b) => a * b }.sum
  def rec(xs: Seq[Int]): Int = if (xs.isEmpty) 0 else xs.head + rec(xs.tail)
  def best(xs: Seq[P]): P = xs.maxBy(_.x)
  def evens(xs: Seq[Int]): Int = { val ys = xs.filter(_ % 2 == 0); ys.length }
  def same(xs: Seq[Int]): Boolean = xs == List(1, 2, 3)
  def split(xs: Seq[Int]): Int = { val (a, b) = xs.partition(_ > 1); a.sum - b.sum }
  def firstOr(xs: Seq[Int]): Int = xs.headOption.getOrElse(0)
  def pos(xs: Seq[Int]): Int = xs.indexWhere(_ > 1) + xs.count(_ > 0) + (if (xs.exists(_ > 2)) 1 else 0)
  def sorted(xs: Seq[Int]): String = xs.sortBy(x => -x).mkString(" ")
  def main(args: Array[String]): Unit = {
    val v = Vector(1, 2, 3)
    println(stats(Vector(1.0, 2.0, 4.0)))
    println(top(v, 2) + " " + top(1 to 9, 3) + " " + top(Array(5, 1), 1))
    println(show(v) + show(1 to 3) + show(Array(4)))
    println(count(Vector("a", "b", "a")))
    println(loop(v) + loop(1 to 4) + idx(v) + zipped(v, 1 to 3) + rec(v) + rec(1 to 10))
    println(best(Vector(P(1), P(3), P(2))))
    println(evens(1 to 10) + " " + same(v) + " " + same(1 to 3) + " " + split(v) + " " + firstOr(Vector[Int]()))
    println(pos(v) + " " + sorted(1 to 4) + " " + sorted(Array(2, 9)))
  }
}
