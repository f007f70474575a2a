// A String as the sequence of its chars: `for` over it (guards, value definitions, yield), foreach, map (to Chars:
// a String; to anything else: an IndexedSeq), filter, filterNot, count, exists, forall.
object Main {
  def main(args: Array[String]): Unit = {
    val s = "Hello, World"
    for (c <- s) print(c.toUpper)
    println()
    for (c <- s if c.isLetter; d = c.toLower) print(d)
    println()
    s.foreach(c => print(c.toInt + " "))
    println()
    println(s.map(_.toUpper))
    println(s.map(c => c.toInt))
    println(s.map(_.isUpper))
    println(s.filter(_.isLetter))
    println(s.filterNot(_ == 'l'))
    println(s.count(_ == 'l'))
    println(s.exists(_.isDigit) + " " + s.forall(_ != 'z'))
    val up = for (c <- s) yield c.toUpper
    println(up)
    println(up.length)
    val codes = for (c <- "abc") yield c.toInt * 2
    println(codes)
    val f: Char => Unit = c => print("<" + c + ">")
    "xyz".foreach(f)
    println()
    val rot = "Scala".map(c => if (c.isLetter) (c + 1).toChar else c)
    println(rot + " " + rot.length)
    for (c <- "ab"; d <- "xy") print("" + c + d + " ")
    println()
    println(for (c <- "ab"; d <- "xy") yield d)
  }
}
