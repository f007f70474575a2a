// A generator whose pattern can fail (`P(a) <- xs`, `(k, 1) <- pairs`, `Some(v) <- options`) leaves out the
// elements it does not match, as scalac's withFilter does, over Lists, arrays and with yield; a tuple of names
// matches every tuple.
object Main {
  case class P(a: Int)
  def main(args: Array[String]): Unit = {
    val xs: List[Any] = List(P(1), "x", P(2))
    for (P(a) <- xs) print(a + " ")
    println()
    val ys: Array[Any] = Array(P(3), 4, P(5))
    for (P(a) <- ys) print(a + " ")
    println()
    println(for (P(a) <- xs) yield a * 10)
    val pairs = List(("a", 1), ("b", 2), ("c", 1))
    println(for ((k, 1) <- pairs) yield k)
    println(for ((k, v) <- pairs) yield k * v)
    val options = List(Some(1), None, Some(3))
    println(for (Some(v) <- options; w <- List(v, v + 1)) yield w)
  }
}
