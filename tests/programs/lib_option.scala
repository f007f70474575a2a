// Option, Some and None (scala.Option as the prelude writes it): construction, the methods, patterns, equality,
// hashing and printing, also nested in other values.
object Main {
  case class User(name: String, age: Int)

  def lookup(id: Int): Option[User] =
    if (id == 1) Some(User("ann", 31)) else if (id == 2) Some(User("bob", 17)) else None

  def describe(o: Option[Int]): String = o match {
    case Some(n) if n > 10 => "big " + n
    case Some(n) => "small " + n
    case None => "nothing"
  }

  def parse(s: String): Option[Int] =
    if (s.nonEmpty && s.forall(_.isDigit)) Some(s.toInt) else None

  def main(args: Array[String]): Unit = {
    val a: Option[Int] = Some(5)
    val b: Option[Int] = None
    println(a + " " + b + " " + Some("x") + " " + Some(Some(1)) + " " + Some((1, "a")))
    println(a.isEmpty + " " + a.isDefined + " " + a.nonEmpty + " " + b.isEmpty + " " + b.isDefined + " " + b.nonEmpty)
    println(a.get + " " + a.getOrElse(0) + " " + b.getOrElse(0) + " " + b.getOrElse("none"))
    println(a.map(_ * 2) + " " + b.map(_ * 2) + " " + a.map(_.toString + "!") + " " + a.flatMap(x => if (x > 3) Some(x) else None))
    println(a.filter(_ > 10) + " " + a.filter(_ < 10) + " " + a.filterNot(_ < 10) + " " + b.filter(_ > 0))
    println(a.orElse(Some(9)) + " " + b.orElse(Some(9)) + " " + b.orElse(None))
    println(a.fold(-1)(_ + 1) + " " + b.fold(-1)(_ + 1) + " " + a.fold("empty")(x => "v" + x))
    println(a.exists(_ == 5) + " " + b.exists(_ == 5) + " " + a.forall(_ > 7) + " " + b.forall(_ > 7))
    println(a.contains(5) + " " + a.contains(6) + " " + b.contains(5) + " " + a.toList + " " + b.toList + " " + a.size)
    a.foreach(x => println("each " + x))
    b.foreach(x => println("never " + x))
    println(describe(Some(20)) + ", " + describe(a) + ", " + describe(b))
    println(lookup(1).map(_.name).getOrElse("?") + " " + lookup(3).map(_.name).getOrElse("?"))
    println(lookup(2).filter(_.age >= 18) + " " + lookup(1).filter(_.age >= 18))
    println(parse("42") + " " + parse("4x") + " " + parse("") + " " + parse("7").map(_ * 6))
    println((Some(1) == Some(1)) + " " + (Some(1) == Some(2)) + " " + (a == Some(5)) + " " + (b == None) + " " + (Some(1) != None))
    println(Some(1).hashCode + " " + Some("a").hashCode + " " + None.hashCode + " " + Some(1.5).hashCode)
    println(Option(null: String) + " " + Option("x") + " " + Option.empty[Int])
    val opts = List(Some(3), None, Some(1))
    println(opts + " " + opts.map(_.getOrElse(0)) + " " + opts.count(_.isDefined))
    val nested: Option[Option[Int]] = Some(None)
    println(nested + " " + nested.flatMap(x => x) + " " + Some(Some(2)).flatMap(x => x))
    val maybeName: Option[String] = for (u <- lookup(1); if u.age > 18) yield u.name
    println(maybeName)
    try { b.get } catch { case e: NoSuchElementException => println("caught " + e.getMessage) }
  }
}
