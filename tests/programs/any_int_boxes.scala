// Ints held as Any on both sides of the i31 range (2^30): patterns, hashes, equality, arrays of Any, tuples, Options.
object Main {
  def describe(x: Any): String = x match {
    case i: Int if i > 1000000000 => "big int " + i
    case i: Int => "int " + i
    case l: Long => "long " + l
    case s: String => "string " + s
    case _ => "other " + x
  }
  def main(args: Array[String]): Unit = {
    val xs: List[Any] = List(1, 2000000000, -1073741824, -1073741825, 3L, "s", 'c', 1.5)
    println(xs.map(describe))
    println(xs.map(_.hashCode) + " " + xs.map(_.##))
    println(((5: Any) == 5L) + " " + ((5: Any) == (5: Any)) + " " + ((2000000000: Any) == (2000000000: Any)) + " " + (5: Any).equals(5))
    val arr = Array[Any](1, 2, 1073741823, 1073741824)
    println(arr.mkString(",") + " " + arr.map(_.isInstanceOf[Int]).mkString(","))
    val t = (1, List(2, 3))
    println(t + " " + (t == (1, List(2, 3))) + " " + t.hashCode)
    val o: Option[Int] = Some(1073741824)
    println(o.map(_ + 1) + " " + o.getOrElse(0) + " " + Some(-5).get)
    try { val s = (42: Any).asInstanceOf[String]; println(s) } catch { case e: ClassCastException => println("cce") }
  }
}
