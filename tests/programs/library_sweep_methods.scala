// Library methods real programs reach for that were unsupported: Range's flatMap (a Vector), a String's indices,
// toVector and zipWithIndex, the two-dimensional Vector.fill and Vector.tabulate, and RichDouble's isNaN and
// isInfinity (isInfinite, isPosInfinity, isNegInfinity), groupBy of a map's keys (Sets) and values (Lists),
// String.flatMap to Strings, a case class's companion where a function is expected, Range's find, headOption and
// lastOption, Array.fill with its element type written (`Array.fill[Option[Int]](n)(None)`), and a String's
// foldLeft and foldRight over its chars.
import scala.collection.mutable
object Main {
  case class Tag(name: String)
  case class Pair(a: Int, b: String)
  def main(args: Array[String]): Unit = {
    println((1 to 3).flatMap(i => List(i, -i)))
    println((0 until 3).flatMap(i => (0 until i).map(j => (i, j))))
    println("abc".toVector)
    println("abc".zipWithIndex)
    println("abc".zipWithIndex.map { case (c, i) => if (i == 1) '*' else c }.mkString)
    println("hello".indices)
    println("hello".indices.filter(i => "hello"(i) == 'l'))
    println("xy".toIndexedSeq)
    val n = 3

    println(Vector.tabulate(n, 2)((i, j) => i * 10 + j))
    println(Vector.fill(2, 3)("x"))
    println(IndexedSeq.tabulate(2, 2)((i, j) => i == j))
    val w: Vector[Vector[Long]] = Vector.tabulate(2, n)((i, j) => if (i == j) 1L else 0L)
    println(w)
    val xs = List(0.0 / 0, 1.0 / 0, -1.0 / 0, 2.5, Double.NaN)
    println(xs.map(_.isNaN))
    println(xs.map(_.isInfinity))
    println(xs.map(x => x.isPosInfinity + "/" + x.isNegInfinity))
    val f = 1.0f / 0
    println(f.isInfinite + " " + f.isNaN + " " + (0.0f / 0).isNaN)
    println(xs.filterNot(_.isNaN).sum)
    val m = mutable.Map("a" -> 1, "b" -> 2, "c" -> 3)
    val im = Map("a" -> 1, "b" -> 2, "c" -> 3)
    val buf = mutable.ArrayBuffer(1, 2, 3, 4)
    val s = Set(1, 2, 3, 4)
    println(buf.groupBy(_ % 2))
    println(s.groupBy(_ % 2))
    println(im.values.groupBy(_ % 2))
    println(m.values.groupBy(_ % 2))
    println(im.keys.groupBy(_.length))
    println(m.keys.groupBy(_.length))
    println(im.groupBy(_._2 % 2))
    println("a\"b\nc".flatMap {
      case '"' => "\\\""
      case '\n' => "\\n"
      case c => c.toString
    })
    println("abc".flatMap(c => c.toString * 2))
    println(List("x", "y").map(Tag))
    println(List(1, 2).zip(List("p", "q")).map { case (a, b) => Pair(a, b) })
    println(Some("z").map(Tag).get.name)
    val busy = Array.fill[Option[(String, Int)]](3)(None)
    busy(1) = Some(("a", 2))
    println(busy.mkString(","))
    val g = Array.fill[Double](2, 2)(1)
    println(g.map(_.mkString(" ")).mkString("|"))
    println((1 to 8).find(n => n * n > 20) + " " + (5 until 5).find(_ > 0) + " " + (3 to 9).headOption + " " + (1 until 1).lastOption + " " + (2 to 4).lastOption)
    println("abc".foldLeft(0)(_ + _))
    println("hello".foldLeft("")((acc, c) => c + acc))
    println("abc".foldRight(List.empty[Char])(_ :: _))
    val s2 = "a1b2"
    println(s2.foldLeft(0)((n, c) => if (c.isDigit) n + c.asDigit else n))
  }
}
