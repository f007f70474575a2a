// isInstanceOf and asInstanceOf on values held as Any: primitives (boxed), strings, arrays, tuples, functions and
// classes; null is an instance of nothing and casts to null (or to a primitive's zero).
object Main {
  class Point(val x: Int, val y: Int)
  class Other
  def kind(v: Any): String =
    if (v == null) "null"
    else if (v.isInstanceOf[Int]) "Int " + (v.asInstanceOf[Int] + 1)
    else if (v.isInstanceOf[Long]) "Long " + (v.asInstanceOf[Long] + 1)
    else if (v.isInstanceOf[Double]) "Double " + v.asInstanceOf[Double] / 2
    else if (v.isInstanceOf[Float]) "Float " + v.asInstanceOf[Float]
    else if (v.isInstanceOf[Char]) "Char " + v.asInstanceOf[Char]
    else if (v.isInstanceOf[Byte]) "Byte " + v.asInstanceOf[Byte]
    else if (v.isInstanceOf[Short]) "Short " + v.asInstanceOf[Short]
    else if (v.isInstanceOf[Boolean]) "Boolean " + !v.asInstanceOf[Boolean]
    else if (v.isInstanceOf[String]) "String " + v.asInstanceOf[String].length
    else if (v.isInstanceOf[Array[Int]]) "Array[Int] " + v.asInstanceOf[Array[Int]].length
    else if (v.isInstanceOf[Array[String]]) "Array[String] " + v.asInstanceOf[Array[String]].mkString("|")
    else if (v.isInstanceOf[(Int, String)]) "Tuple " + v.asInstanceOf[(Int, String)]._2
    else if (v.isInstanceOf[Int => Int]) "Function " + v.asInstanceOf[Int => Int](20)
    else if (v.isInstanceOf[Point]) "Point " + v.asInstanceOf[Point].y
    else if (v.isInstanceOf[Other]) "Other"
    else "something else"

  def main(args: Array[String]): Unit = {
    val values = Array[Any](1, 2L, 3.0, 4.0f, '5', 6.toByte, 7.toShort, true, "eight", Array(9, 10),
      Array("a", "b"), (11, "twelve"), (x: Int) => x + 1, new Point(13, 14), new Other, null)
    for (v <- values) println(kind(v))
    println(values(0).isInstanceOf[Long] + " " + values(1).isInstanceOf[Int] + " " + values(8).isInstanceOf[Int])
    println(values(15).isInstanceOf[String] + " " + values(15).isInstanceOf[Any] + " " + values(0).isInstanceOf[Any])
    println(values(8).isInstanceOf[AnyRef] + " " + values(0).isInstanceOf[AnyRef] + " " + values(15).isInstanceOf[AnyRef])
    println(1.isInstanceOf[Int] + " " + "s".isInstanceOf[String] + " " + "s".isInstanceOf[Any])
    val p: Any = new Point(1, 2)
    println(p.isInstanceOf[Point] + " " + p.isInstanceOf[Other] + " " + p.asInstanceOf[Point].x)
    val nothing: Any = null
    println(nothing.asInstanceOf[Point] == null)
    println(nothing.asInstanceOf[String] + " " + nothing.asInstanceOf[Int] + " " + nothing.asInstanceOf[Long] + " " +
      nothing.asInstanceOf[Char].toInt + " " + nothing.asInstanceOf[Float])
    println(1.asInstanceOf[Long] + " " + 'a'.asInstanceOf[Int] + " " + 3.9.asInstanceOf[Int] + " " + 65.asInstanceOf[Char])
    val s: Any = "abc"
    val ref: AnyRef = s.asInstanceOf[AnyRef]
    println(ref + " " + s.asInstanceOf[String].toUpperCase)
  }
}
