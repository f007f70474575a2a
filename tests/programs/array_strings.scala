// Covers: Array[String] from a literal and from new Array[String](n), joining,
// finding the longest, mutation of elements, and string arrays built from chars.
object ArrayStrings {
  def join(a: Array[String], sep: String): String = {
    var r = ""
    var i = 0
    while (i < a.length) {
      if (i > 0) r = r + sep
      r = r + a(i)
      i += 1
    }
    r
  }

  def main(args: Array[String]): Unit = {
    val names = Array("ada", "grace", "linus", "barbara")
    println(join(names, ", "))
    var longest = names(0)
    for (n <- names) if (n.length > longest.length) longest = n
    println(longest)
    names(1) = names(1) + "!"
    println(names(1))
    val letters = new Array[String](5)
    for (i <- 0 until 5) letters(i) = "" + ('a' + i).toChar
    println(join(letters, ""))
    val parts = new Array[String](3)
    parts(0) = "x"
    parts(2) = "z"
    println(join(parts, "-"))
    var totalLen = 0
    for (n <- names) totalLen += n.length
    println(totalLen)
    val copy = new Array[String](names.length)
    for (i <- 0 until names.length) copy(names.length - 1 - i) = names(i)
    println(join(copy, " "))
    println(names(0) == copy(3))
  }
}
