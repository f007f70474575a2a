// Source: Rosetta Code, https://rosettacode.org/wiki/String_case#Scala. Adapted: upper, lower, capitalized and
// swapped case of the task's string, the swap written with Char methods.
object StringCase {
  def swapCase(s: String): String = {
    val chars = s.toCharArray
    var i = 0
    while (i < chars.length) {
      val c = chars(i)
      chars(i) = if (c.isUpper) c.toLower else if (c.isLower) c.toUpper else c
      i += 1
    }
    new String(chars)
  }

  def main(args: Array[String]): Unit = {
    val s = "alphaBETA"
    println(s.toUpperCase)
    println(s.toLowerCase)
    println(s.capitalize)
    println(swapCase(s))
    println("ÄÖÜ äöü ß".toLowerCase + " " + "straße".toUpperCase.length)
  }
}
