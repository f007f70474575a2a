// Type patterns and isInstanceOf with type arguments test only the class, as the JVM's erased tests do (scalac warns
// "unchecked"): a Vector[Char] or a Vector[String] matches `case v: Vector[Int]`, a List[String] `List[Int]`, a
// Range `IndexedSeq[String]`; arrays are reified, so Array[Int] and Array[String] still tell apart. A body that reads
// no element at the pattern's type (length, mkString, printing) runs as on the JVM whatever the elements are.
object Main {
  def kind(x: Any): String = x match {
    case v: Vector[Int] => "vector-int " + v.length
    case l: List[String] => "list-string " + l.size
    case m: Map[Int, Int] => "map-int " + m.size
    case s: Set[Char] => "set-char " + s.size
    case o: Option[Int] => "option-int " + o.isDefined
    case a: Array[Int] => "array-int " + a.length
    case a: Array[String] => "array-string " + a.length
    case _ => "other"
  }
  def describe(x: Any): String = x match {
    case v: Vector[Double] if v.isEmpty => "empty vector"
    case v: Vector[Double] => s"vector of ${v.size}: $v"
    case s: IndexedSeq[Int] => "indexed " + s.mkString("[", ",", "]")
    case _ => "?"
  }
  def total(x: Any): Int = x match {
    case v: Vector[Int] => v.sum
    case r: IndexedSeq[Int] => r.sum
    case Some(v: Vector[Int]) => v.map(_ * 2).sum
    case (a: Vector[Int], b: Vector[Int]) => a.sum * b.sum
    case _ => -1
  }
  def main(args: Array[String]): Unit = {
    for (x <- List[Any](Vector(1, 2), Vector('a', 'b'), Vector("x"), Vector.empty[Double], List(1, 2, 3), List("a"),
                        Nil, Map("a" -> 1), Map(1 -> 2), Set("q"), Set('c'), Some("s"), None, Array(1, 2),
                        Array("a"), Array('c'), Array(1.5)))
      println(kind(x))
    for (x <- List[Any](Vector[Int](), Vector(1.5, 2.5), Vector("a", "b"), Vector('z'), 1 to 3, 5 until 5, "abc"))
      println(describe(x))
    println(total(Vector(1, 2, 3)))
    println(total(1 to 4))
    println(total(Some(Vector(5))))
    println(total((Vector(1, 2), Vector(3))))
    println(total(Vector[String]()))
    val xs: Any = Vector(1.5)
    println(xs.isInstanceOf[Vector[Int]])
    println(xs.isInstanceOf[Vector[String]])
    println(xs.isInstanceOf[IndexedSeq[Char]])
    println(xs.isInstanceOf[List[Int]])
    println((List("a"): Any).isInstanceOf[List[Int]])
    println((Some(1): Any).isInstanceOf[Option[String]])
    println((Map(1 -> "a"): Any).isInstanceOf[Map[String, Int]])
    println((Array(1): Any).isInstanceOf[Array[Int]])
    println((Array(1): Any).isInstanceOf[Array[Long]])
    println((Array("a"): Any).isInstanceOf[Array[String]])
    println((Array("a"): Any).isInstanceOf[Array[Int]])
    println((Seq(1, 2): Any).isInstanceOf[Seq[String]])
    println((Vector(1, 2): Any).isInstanceOf[Seq[String]])
    println((Vector(1, 2): Any).isInstanceOf[IndexedSeq[String]])
    val r: Any = 1 to 3
    println(r.isInstanceOf[IndexedSeq[String]])
    println(r.isInstanceOf[Vector[Int]])
    println(r.asInstanceOf[IndexedSeq[Int]].sum)
    println((Vector('a', 'b'): Any).asInstanceOf[Vector[Any]])
    println((Left(1): Any) match { case e: Either[String, String] => "either"; case _ => "no" })
  }
}
