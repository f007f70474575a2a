// A repeated parameter given no arguments is `List()` in Scala 2.11, and given `list: _*` the List itself: both
// print, match and are kept as Lists. Separate arguments, an array, a Vector or a range only read (their elements
// are the same in every kind of Seq).
object Main {
  def show(xs: Int*): Unit = println(xs)
  def kept(xs: String*): Seq[String] = xs
  def firstTwo(xs: Int*): String = xs match { case a :: b :: _ => "two " + a + b; case Nil => "none"; case _ => "one" }
  def total(label: String, xs: Int*): String = label + xs.sum + " of " + xs.length + " " + xs.map(_ * 2).sum
  def joined(xs: Any*): String = xs.mkString("[", "|", "]") + xs.toList
  def main(args: Array[String]): Unit = {
    show()
    show(List(1, 2): _*)
    println(kept() + " " + kept(List("a", "b"): _*))
    println(firstTwo() + " " + firstTwo(List(3, 4, 5): _*) + " " + firstTwo(List(7): _*))
    println(total("t", 1, 2, 3) + "; " + total("a", Array(4, 5): _*) + "; " + total("v", Vector(6): _*) + "; " +
      total("r", 1 to 4: _*) + "; " + total("n"))
    println(joined(1, "b", 2.5, 'c') + " " + joined(Array("x", "y"): _*) + " " + joined())
  }
}
