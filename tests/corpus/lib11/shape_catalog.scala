// Source: written for this test: heterogeneous data held as Any and sorted out with type patterns, as code that
// reads loosely typed input does: measurements of several element types in Vectors, Lists and Maps, matched by
// their (erased) collection type, Arrays by their (reified) element type, summarised per kind.
object ShapeCatalog {
  sealed trait Shape { def area: Double }
  case class Circle(r: Double) extends Shape { def area: Double = math.Pi * r * r }
  case class Rect(w: Double, h: Double) extends Shape { def area: Double = w * h }

  def describe(x: Any): String = x match {
    case s: Shape => f"shape $s area ${s.area}%.2f"
    case v: Vector[Double] if v.isEmpty => "empty vector"
    case v: Vector[Double] => s"vector of ${v.length}: $v"
    case l: List[Int] => s"list of ${l.size}, first ${l.headOption.getOrElse("-")}"
    case m: Map[String, Int] => s"map of ${m.size}: $m"
    case a: Array[Int] => s"int array sum ${a.sum}"
    case a: Array[String] => s"string array ${a.mkString("/")}"
    case a: Array[Double] => f"double array max ${a.max}%.1f"
    case (a, b) => s"pair of $a and $b"
    case o: Option[Any] => s"option ${o.isDefined}"
    case s: String => s"text '$s'"
    case n: Int => s"int $n"
    case other => s"something else: $other"
  }

  def main(args: Array[String]): Unit = {
    val inputs: List[Any] = List(
      Circle(1.0), Rect(2, 3.5), Vector(1.5, 2.5), Vector('a', 'b', 'c'), Vector[String](), Vector("x"),
      List(4, 5, 6), List("p", "q"), Nil, Map("b" -> 1, "a" -> 2), Map(1 -> 'x'),
      Array(1, 2, 3), Array("u", "v"), Array(0.5, 7.25), (1, "one"), Some(3), None, "hello", 42, 3L)
    inputs.foreach(x => println(describe(x)))

    val kinds = inputs.groupBy {
      case _: Shape => "shape"
      case _: Vector[Int] => "vector"
      case _: List[Any] => "list"
      case _: Map[Any, Any] => "map"
      case _: Array[Int] | _: Array[String] | _: Array[Double] => "array"
      case _ => "other"
    }
    for ((k, xs) <- kinds.toList.sortBy(_._1)) println(f"$k%-7s ${xs.size}")

    val vectors = inputs.collect { case v: Vector[Any] => v.length }
    println("vector lengths: " + vectors.mkString(","))
    println("areas: " + inputs.collect { case s: Shape => s.area }.map(a => f"$a%.3f").mkString(" "))
    println(inputs.count(_.isInstanceOf[Vector[Int]]) + " vectors, " + inputs.count(_.isInstanceOf[Array[Int]]) +
      " Int arrays, " + inputs.count(_.isInstanceOf[List[String]]) + " lists")
  }
}
