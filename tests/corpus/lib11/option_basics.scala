// Source: written for this test: Option, Some and None as Scala's library defines them (map, flatMap, getOrElse,
// orElse, isEmpty, foreach, fold, patterns, toString), with a lookup table that may miss.
object OptionBasics {
  def parseDigit(c: Char): Option[Int] = if (c >= '0' && c <= '9') Some(c - '0') else None

  def safeDiv(a: Int, b: Int): Option[Int] = if (b == 0) None else Some(a / b)

  def describe(o: Option[Int]): String = o match {
    case Some(x) if x > 5 => "big " + x
    case Some(x) => "small " + x
    case None => "nothing"
  }

  def main(args: Array[String]): Unit = {
    val a = Some(3)
    val b: Option[Int] = None
    println(a + " " + b)
    println(a.map(_ + 1) + " " + b.map(_ + 1))
    println(a.flatMap(x => safeDiv(12, x)) + " " + a.flatMap(x => safeDiv(x, 0)))
    println(a.getOrElse(0) + " " + b.getOrElse(-1))
    println(b.orElse(Some(9)) + " " + a.orElse(Some(9)))
    println(a.isEmpty + " " + b.isEmpty + " " + a.isDefined + " " + b.nonEmpty)
    a.foreach(x => println("has " + x))
    b.foreach(x => println("never " + x))
    println(a.fold("empty")(x => "value " + x) + " " + b.fold("empty")(x => "value " + x))
    println(describe(Some(7)) + ", " + describe(Some(2)) + ", " + describe(None))
    println("4x2".map(parseDigit).mkString(" "))
    println(a.filter(_ > 5) + " " + a.filter(_ < 5))
    println(a.contains(3) + " " + a.exists(_ > 1) + " " + b.forall(_ > 1))
    println(a.get + " " + a.toList + " " + b.toList)
    println(Some("text").map(_.toUpperCase))
    println(Option(null: String) + " " + Option("x"))
    println(Some(Some(1)) + " " + Some((1, "a")) + " " + Some(List(1, 2)))
    val table = Map("one" -> 1, "two" -> 2)
    println(table.get("one") + " " + table.get("three"))
    println(table.get("two").map(_ * 10).getOrElse(0))
    val total = for {
      x <- parseDigit('4')
      y <- parseDigit('5')
    } yield x * y
    println(total)
    println(Some(1) == Some(1))
    println((None: Option[Int]) == None)
  }
}
