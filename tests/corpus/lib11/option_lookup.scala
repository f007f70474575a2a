// Source: written for this test: chained lookups through Maps with Option (flatMap, for comprehensions, getOrElse,
// collect, flatten), as configuration and directory code does.
object OptionLookup {
  val managers = Map("ann" -> "bob", "bob" -> "cy", "dee" -> "cy")
  val emails = Map("bob" -> "bob@x.org", "cy" -> "cy@x.org")

  def managerEmail(person: String): Option[String] = for {
    m <- managers.get(person)
    e <- emails.get(m)
  } yield e

  def chain(person: String): List[String] = managers.get(person) match {
    case Some(m) => person :: chain(m)
    case None => List(person)
  }

  def main(args: Array[String]): Unit = {
    for (p <- List("ann", "bob", "dee", "cy", "zed")) println(p + " -> " + managerEmail(p).getOrElse("(none)"))
    println(chain("ann") + " " + chain("zed"))
    val all = List("ann", "zed", "bob").map(managerEmail)
    println(all + " " + all.flatten + " " + all.collect { case Some(e) => e.length })
    println(managers.get("ann").flatMap(managers.get).flatMap(managers.get))
    println(Option("x").filter(_.nonEmpty).map(_ * 3).orElse(Some("?")))
    println(managers.getOrElse("q", "nobody") + " " + managers.find(_._2 == "cy"))
  }
}
