// Source: written for this test, after the Rosetta Code task "Rot-13" (https://rosettacode.org/wiki/Rot-13):
// the cipher as a `map` over the string's chars, checked both ways and on mixed text.
object Rot13 {
  def rot13(s: String): String = s.map { c =>
    if (c >= 'a' && c <= 'z') ('a' + (c - 'a' + 13) % 26).toChar
    else if (c >= 'A' && c <= 'Z') ('A' + (c - 'A' + 13) % 26).toChar
    else c
  }

  def main(args: Array[String]): Unit = {
    val texts = Array("Hello, World!", "The Quick Brown Fox Jumps Over The Lazy Dog.",
      "Why did the chicken cross the road?")
    for (t <- texts) {
      val coded = rot13(t)
      println(coded)
      println(rot13(coded) == t)
    }
    val alphabet = ('a' to 'z').mkString
    println(alphabet + " -> " + rot13(alphabet))
    println(rot13(alphabet).filter(_ < 'n').length)
  }
}
