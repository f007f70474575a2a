package textkit

object Caesar {
  def shift(c: Char, k: Int): Char = {
    if (c >= 'a' && c <= 'z') ((c - 'a' + k) % 26 + 'a').toChar
    else if (c >= 'A' && c <= 'Z') ((c - 'A' + k) % 26 + 'A').toChar
    else c
  }
  def encode(s: String, k: Int): String = {
    val chars = new Array[Char](s.length)
    for (i <- 0 until s.length) chars(i) = shift(s.charAt(i), k)
    new String(chars)
  }
}
