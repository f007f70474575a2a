// Source: Scala by Example (Martin Odersky), chapter 9.1/11: association lists with a `lookup` returning an
// Option, and the Option combinators (map, flatMap, getOrElse, orElse, pattern matching) over a small phone book.
object AssocOption {
  def lookup[K, V](xs: List[(K, V)], key: K): Option[V] = xs match {
    case Nil => None
    case (k, v) :: rest => if (k == key) Some(v) else lookup(rest, key)
  }

  val phones = List(("ann", "555-1234"), ("bob", "555-9876"), ("cy", "555-0000"))
  val managers = List(("bob", "ann"), ("cy", "bob"))

  def managerPhone(name: String): Option[String] =
    lookup(managers, name).flatMap(m => lookup(phones, m))

  def main(args: Array[String]): Unit = {
    for (name <- List("ann", "bob", "cy", "dan")) {
      val phone = lookup(phones, name) match {
        case Some(p) => p
        case None => "(none)"
      }
      println(name + ": " + phone + ", manager's " + managerPhone(name).getOrElse("-"))
    }
    println(lookup(phones, "dan").orElse(lookup(phones, "cy")))
    println(List("ann", "x", "cy").map(n => lookup(phones, n).map(_.length)))
    println(List("ann", "x", "cy").flatMap(n => lookup(phones, n).toList))
    val chain = for {
      m <- lookup(managers, "cy")
      mm <- lookup(managers, m)
      p <- lookup(phones, mm)
    } yield mm + " " + p
    println(chain)
  }
}
