// A format made at run time ("%" + width + "d"): taken apart when the program runs, each conversion checked against
// its argument's class as java.util.Formatter checks it, with the JDK's exceptions; a literal `%b` of a value that
// is no Boolean: "false" for null, else "true".
object Main {
  def main(args: Array[String]): Unit = {
    val w = 5
    println(("%" + w + "d|").format(42))
    println(("%-" + w + "s|%0" + w + "d").format("ab", -7))
    println(("%" + ".3f").format(3.14159))
    println(("%x %X " + "%o").format(255, -1, 8))
    println(("%c" + "%C").format('a', 'b'))
    println(("%b %B " + "%s").format(null, true, List(1, 2)))
    println(("%e|" + "%,d").format(12345.678, 1234567L))
    println(("%n" + "%%").format())
    println(("%10" + ".2f|").format(2.5f))
    println(("%s and " + "%s").format(Vector(1), Some(2)))
    val fmt = "%" + "5.1f"
    println(fmt.format(1.25))
    println(String.format("%" + "3s", "a"))
    try { println(("%" + "d").format("x")) } catch { case e: Exception => println(e) }
    try { println(("%" + "d %d").format(1)) } catch { case e: Exception => println(e) }
    try { println(("%" + "q").format(1)) } catch { case e: Exception => println(e) }
    val none: String = null
    println("%b %B %b %b %5b|".format(null, "x", none, 3, List(1)))
  }
}
