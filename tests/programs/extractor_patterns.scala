// Extractor objects: `unapply` giving a Boolean (`case Even()`), an Option of one value (nested: `Twice(Twice(n))`)
// or an Option of a tuple (`Email(user, domain)`), in a match, a `val` pattern and a `for` generator (whose
// elements the extractor rejects are left out); unapply runs once per match attempt.
object Even { def unapply(n: Int): Boolean = n % 2 == 0 }

object Email {
  var calls = 0
  def unapply(s: String): Option[(String, String)] = {
    calls += 1
    val i = s.indexOf('@')
    if (i > 0) Some((s.substring(0, i), s.substring(i + 1))) else None
  }
}

object Twice { def unapply(n: Int): Option[Int] = if (n % 2 == 0) Some(n / 2) else None }

case class Point(x: Int, y: Int)
object OnDiagonal { def unapply(p: Point): Option[Int] = if (p.x == p.y) Some(p.x) else None }

object Main {
  def describe(x: Any): String = x match {
    case Even() => "even int"
    case Email(user, domain) if domain.endsWith(".org") => user + " at an org"
    case Email(user, domain) => user + " at " + domain
    case s: String => "string " + s
    case OnDiagonal(d) => "diagonal " + d
    case Point(x, y) => "point " + x + "," + y
    case _ => "other"
  }

  def main(args: Array[String]): Unit = {
    List[Any](4, 3, "ann@example.org", "bob@site.com", "plain", Point(2, 2), Point(1, 3), 2.5)
      .foreach(x => println(describe(x)))
    for (n <- List(12, 6, 5)) n match {
      case Twice(Twice(q)) => println(n + ": quarter " + q)
      case Twice(h) => println(n + ": half " + h)
      case _ => println(n + ": odd")
    }
    val Email(u, d) = "carol@mail.net"
    println(u + " / " + d)
    for (Email(name, _) <- List("a@b", "nope", "c@d")) print(name + " ")
    println()
    println("unapply calls: " + Email.calls)
  }
}
