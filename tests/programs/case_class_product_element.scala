// productElement (each field as an Any; an index past the last fails as scalac's IndexOutOfBoundsException(n)) and
// canEqual of case classes.
object Main {
  case class P(x: Int, s: String, d: Double)
  case object Q
  def main(args: Array[String]): Unit = {
    val p = P(1, "a", 2.5)
    println(p.productArity + " " + p.productPrefix)
    println(p.productElement(1))
    println(p.canEqual(p) + " " + p.canEqual("x"))
    for (i <- 0 until p.productArity) println(p.productElement(i))
    println(Q.productArity + " " + Q.productPrefix)
    val any: Any = p.productElement(2)
    println(any == 2.5)
    println(p.productElement(3))
  }
}
