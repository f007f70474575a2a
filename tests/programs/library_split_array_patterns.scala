// String.split(regex, limit) as the JDK splits (at most limit pieces, trailing empty pieces kept unless the limit
// is 0), and Array(a, b) patterns (Array's unapplySeq): `val Array(key, value) = line.split("=", 2)`.
object Main {
  def show(a: Array[String]): String = a.map("[" + _ + "]").mkString(a.length + ":", "", "")
  def main(args: Array[String]): Unit = {
    for (s <- List("json:", "a:b:c", ":x:", "", "a,,b,,", "no-sep"); lim <- List(-1, 0, 1, 2, 5))
      println(s + " / " + lim + " -> " + show(s.split("[:,]", lim)))
    println(show("a1b22c333".split("\\d+", -1)) + show("a b  c".split(" ", 2)))
    val Array(k, v) = "key=value=more".split("=", 2)
    println(k + " | " + v)
    val parts = "a=b".split("=")
    parts match {
      case Array(k, v) => println(k + v)
      case _ => println("?")
    }
    val Array(x2, y2) = "c=d".split("=")
    println(x2 + y2)
    for (line <- List("k=v", "novalue", "a=b=c")) line.split("=") match {
      case Array(key, v) => println(s"$key -> $v")
      case Array(only) => println(s"just $only")
      case Array(a, "b", c) => println(s"three: $a $c")
      case other => println(other.length)
    }
    val nums = Array(3, 4)
    nums match { case Array(a, b) if a < b => println(a * b); case _ => println("no") }
  }
}
