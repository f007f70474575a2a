// An Array[Char] held as Any is no String, as on the JVM: `isInstanceOf`, a type pattern, `asInstanceOf` (a
// ClassCastException both ways), `==` with a String and `toString` (`[C@...`) tell them apart; Strings made from chars
// (`map`, `filter`, `for`/`yield` over a String, `new String(chars)`, `reverse`) stay Strings, and the array shared
// through Any is the same array.
object Main {
  def kind(x: Any): String = x match {
    case s: String => "string " + s
    case a: Array[Char] => "chars " + a.mkString
    case _ => "other"
  }
  def main(args: Array[String]): Unit = {
    val a = Array('a', 'b', 'c')
    val h: Any = a
    println(h.isInstanceOf[String])
    println(h.isInstanceOf[Array[Char]])
    println(("abc": Any).isInstanceOf[Array[Char]])
    println(("abc": Any).isInstanceOf[String])
    println(kind(a) + " " + kind("abc") + " " + kind("xyz".toCharArray) + " " + kind(new Array[Char](2)))
    println(h.toString.startsWith("[C@"))
    println(h == "abc")
    println("abc" == h)
    println(h == h)
    println(h.equals(a))
    println(h.hashCode == a.hashCode)
    println(new String(a) + " " + a.mkString("-"))
    val s = "hello"
    val m = s.map(_.toUpper)
    println(m + " " + (m: Any).isInstanceOf[String] + " " + s.filter(_ != 'l') + " " + (s.filter(_ != 'l'): Any).isInstanceOf[String])
    val y = for (c <- s) yield c.toUpper
    println(y + " " + (y: Any).isInstanceOf[String])
    println(List(a, "x").map(x => kind(x)))
    println(Some(a).get.length)
    val back = h.asInstanceOf[Array[Char]]
    back(0) = 'z'
    println(a.mkString)
    try { println(h.asInstanceOf[String]) } catch { case e: ClassCastException => println("cce") }
    try { println(("s": Any).asInstanceOf[Array[Char]]) } catch { case e: ClassCastException => println("cce2") }
    println(s.toArray.isInstanceOf[Array[Char]] + " " + (s.toArray: Any).isInstanceOf[String])
    println(s.sorted + " " + s.reverse + " " + (s.reverse: Any).isInstanceOf[String])
    println(Array('q').toList)
    println(s.toCharArray.sorted.mkString)
    println(("" + 'c' + 'd': Any).isInstanceOf[String])
    println(s.substring(1) == "ello")
    println(Map("k" -> a).apply("k").mkString)
    println(Set[Any]("ab", "ab".toCharArray).size)
  }
}
