// Covers: non-ASCII strings: UTF-16 length (emoji count 2), charAt on non-ASCII,
// printing é ✓ CJK and emoji, substring across non-ASCII characters.
object StringUnicode {
  def main(args: Array[String]): Unit = {
    val e = "café"
    val check = "✓ ok"
    val cjk = "日本語"
    val emoji = "a😀b"
    println(e)
    println(check)
    println(cjk)
    println(emoji)
    println(e.length)
    println(check.length)
    println(cjk.length)
    println(emoji.length)
    println("😀".length)
    println(e.charAt(3))
    println(e.charAt(3).toInt)
    println(cjk.charAt(1))
    println(cjk.charAt(1).toInt)
    println(emoji.charAt(0))
    println(emoji.charAt(3))
    println(emoji.charAt(1).toInt)
    println(emoji.charAt(2).toInt)
    println(emoji.substring(1, 3))
    println(cjk.substring(1))
    println(e.substring(2, 4))
    println("\u00e9t\u00e9")
    println("\u00e9t\u00e9".length)
    println("é" == "\u00e9")
    val mixed = "x" + 'é' + "日" + '✓'
    println(mixed)
    println(mixed.length)
    var i = 0
    var codes = ""
    while (i < cjk.length) {
      codes = codes + cjk.charAt(i).toInt + " "
      i += 1
    }
    println(codes)
    val ch: Char = 'ß'
    println(ch)
    println((ch + 1).toChar)
    println(s"${cjk}!")
  }
}
