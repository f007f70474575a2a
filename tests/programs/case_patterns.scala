// Every match form on case classes: constructor patterns (nested), literals inside them, binders `p @ P(...)`,
// typed patterns, alternatives, guards, `_`, stable identifiers (upper-case and backquoted), tuples of case
// classes, and partial-function literals where a function is expected.
object Main {
  case class P(x: Int, y: Int)
  case class Line(from: P, to: P)
  case class Named(name: String, p: P)
  final val Origin = 0
  val limit = 3

  def describe(p: P): String = p match {
    case P(0, 0) => "origin"
    case P(Origin, y) => "on the y axis at " + y
    case P(x, Origin) => "on the x axis at " + x
    case P(x, y) if x == y => "diagonal " + x
    case P(`limit`, _) => "at the limit"
    case P(1 | 2, _) => "small x"
    case q @ P(x, _) if x < 0 => "left: " + q
    case _ => "elsewhere"
  }

  def line(l: Line): String = l match {
    case Line(P(0, 0), P(x, y)) => "from the origin to " + x + "," + y
    case Line(a @ P(x1, _), b @ P(x2, _)) if x1 == x2 => "vertical " + a + " " + b
    case Line(from, to) => "line " + from + " -> " + to
  }

  def kind(n: Named): Int = n match {
    case Named("a", _) => 1
    case Named(s, P(x, _)) if s.length > 2 => x
    case Named(_, p: P) => p.y
  }

  def main(args: Array[String]): Unit = {
    val points = Array(P(0, 0), P(0, 5), P(4, 0), P(2, 2), P(3, 9), P(1, 8), P(-4, 1), P(7, 8))
    for (p <- points) println(describe(p))
    println(line(Line(P(0, 0), P(3, 4))))
    println(line(Line(P(1, 0), P(1, 4))))
    println(line(Line(P(1, 0), P(2, 4))))
    println(kind(Named("a", P(1, 2))) + " " + kind(Named("abc", P(5, 6))) + " " + kind(Named("b", P(5, 6))))
    val pair = (P(1, 2), "t")
    pair match {
      case (P(a, b), s) => println(s + (a + b))
    }
    val sums = points.map { case P(x, y) => x + y }
    println(sums.mkString(","))
    val f: P => String = { case P(x, 0) => "x" + x; case P(_, y) => "y" + y }
    println(f(P(3, 0)) + " " + f(P(3, 1)))
    val n = 5
    val word = n match {
      case `limit` => "three"
      case Origin => "zero"
      case k: Int if k > 4 => "big " + k
      case _ => "other"
    }
    println(word)
    val s: String = "hello"
    s match {
      case t: String if t.length > 3 => println("long " + t)
      case _ => println("short")
    }
  }
}
