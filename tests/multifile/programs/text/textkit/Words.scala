package textkit

object Words {
  def countWords(s: String): Int = {
    var count = 0
    var inWord = false
    for (i <- 0 until s.length) {
      val c = s.charAt(i)
      if (c == ' ') inWord = false
      else if (!inWord) {
        inWord = true
        count += 1
      }
    }
    count
  }

  def reverse(s: String): String = {
    var out = ""
    var i = s.length - 1
    while (i >= 0) {
      out = out + s.charAt(i)
      i -= 1
    }
    out
  }
}
