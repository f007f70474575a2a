// Covers: escape sequences in string and char literals: \n \t \\ \" \' and unicode escapes.
object StringEscapes {
  def main(args: Array[String]): Unit = {
    println("line1\nline2")
    println("col1\tcol2\tcol3")
    println("back\\slash")
    println("quote\"inside\"")
    println("apostrophe\'s")
    println("it's")
    println("\u0041\u0042\u0043")
    println("a\\nb")
    val nl = '\n'
    val tab = '\t'
    println("x" + nl + "y")
    println("x" + tab + "y")
    println('\\')
    println('\'')
    println('\"')
    println(nl.toInt)
    println(tab.toInt)
    println("\n".length)
    println("\\n".length)
    println("\"\"".length)
    print("no newline, ")
    print("then one\n")
    println("trailing\t")
    println("")
    println()
    println("end")
  }
}
