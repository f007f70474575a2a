// Source: Alvin Alexander, "Learn Scala 3 The Fast Way" examples (alvinj/LearnScala3TheFastWayBook1,
// TryCatchFinally/TryCatchFinally.sc). Adapted: the Scala 3 script became a Scala 2 object with braces; the
// conversion is tried on several strings, and the result of the try is also used as a value.
object TryCatchFinally {
  def convert(a: String): Unit = {
    try {
      val i = a.toInt
      println(s"i = $i")
    } catch {
      case e: NumberFormatException =>
        println(e)
    } finally {
      println("Came to the 'finally' clause")
    }
  }

  def toIntOrZero(a: String): Int =
    try a.toInt catch { case e: NumberFormatException => 0 }

  def main(args: Array[String]): Unit = {
    val inputs = Array("one", "1", "-42", "2147483648", "")
    for (a <- inputs) convert(a)
    var total = 0
    for (a <- inputs) total += toIntOrZero(a)
    println(total)
  }
}
