// Source: Rosetta Code, https://rosettacode.org/wiki/Repeat_a_string#Scala ("ha" * 5). Adapted: the StringOps `*`
// next to a StringBuilder loop, and character repetition.
object RepeatString {
  def repeat(s: String, n: Int): String = {
    val sb = new StringBuilder
    var i = 0
    while (i < n) { sb.append(s); i += 1 }
    sb.toString
  }

  def main(args: Array[String]): Unit = {
    println("ha" * 5)
    println(repeat("ha", 5))
    println("*" * 10)
    println(("-" * 3) + "|" + ("=" * 0) + "|")
  }
}
