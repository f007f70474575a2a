// Source: Rosetta Code, https://rosettacode.org/wiki/Reverse_words_in_a_string (Scala entry, the Robert Frost
// text). Adapted: the words reversed with split(" ") and an index loop; blank lines kept blank.
object ReverseWords {
  def reverseWords(line: String): String = {
    val words = line.trim.split(" ")
    val sb = new StringBuilder
    var i = words.length - 1
    while (i >= 0) {
      if (words(i).length > 0) {
        if (sb.length > 0) sb.append(' ')
        sb.append(words(i))
      }
      i -= 1
    }
    sb.toString
  }

  def main(args: Array[String]): Unit = {
    val text = Array(
      "---------- Ice and Fire ------------",
      "",
      "fire, in end will world the say Some",
      "ice. in say Some",
      "desire of tasted I've what From",
      "fire. favor who those with hold I",
      "",
      "... elided paragraph last ...",
      "",
      "Frost Robert -----------------------")
    for (line <- text) println(reverseWords(line))
  }
}
