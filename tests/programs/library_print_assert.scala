// System.out.println / print, Console.println, math.Pi / E, Integer and Long constants, assert and require (the
// message is evaluated only on failure, and a failing require ends the program as on the JVM).
object LibraryPrintAssert {
  def msg(s: String): String = { println("computing " + s); s }
  def main(args: Array[String]): Unit = {
    System.out.println("out " + math.Pi)
    System.out.print("no newline ")
    System.out.println()
    Console.println(math.E)
    Console.print(Math.PI)
    println()
    println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + java.lang.Long.MAX_VALUE + " " + java.lang.Long.MIN_VALUE)
    var i = 3
    assert(i > 0)
    assert(i > 0, msg("never"))
    require(i == 3)
    require(i == 3, msg("never either"))
    require(i < 0, "i was " + i)
    println("not reached")
  }
}
