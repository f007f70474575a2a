// Patterns in `val` definitions and `for` generators: `val P(a, b) = p`, nested and with binders; a generator
// whose pattern does not match an element skips it (withFilter), as scalac compiles it.
object Main {
  case class P(x: Int, y: Int)
  case class Box(label: String, p: P)

  def main(args: Array[String]): Unit = {
    val p = P(3, 4)
    val P(a, b) = p
    println(a * b)
    val Box(label, P(x, _)) = Box("first", P(10, 20))
    println(label + " " + x)
    val whole @ P(_, y) = P(5, 6)
    println(whole + " " + y)
    val boxes = Array(Box("a", P(1, 1)), Box("b", P(0, 2)), Box("c", P(0, 3)), Box("d", P(4, 0)))
    for (Box(l, P(0, v)) <- boxes) println(l + v)
    for (Box(l, q) <- boxes if q.x > 0) println(l + q)
    val ys = for (Box(_, P(_, v)) <- boxes) yield v * 10
    println(ys.mkString(" "))
    var P(m, k) = P(1, 2)
    m += k
    println(m)
  }
}
