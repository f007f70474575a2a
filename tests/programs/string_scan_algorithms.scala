// Covers: charAt-based string algorithms: palindrome test, vowel count,
// Caesar cipher with char arithmetic, digit parsing by hand, word counting.
object StringScanAlgorithms {
  def isPalindrome(s: String): Boolean = {
    var i = 0
    var j = s.length - 1
    while (i < j) {
      if (s.charAt(i) != s.charAt(j)) return false
      i += 1
      j -= 1
    }
    true
  }

  def vowels(s: String): Int = {
    var n = 0
    var i = 0
    while (i < s.length) {
      s.charAt(i) match {
        case 'a' | 'e' | 'i' | 'o' | 'u' => n += 1
        case _ =>
      }
      i += 1
    }
    n
  }

  def caesar(s: String, k: Int): String = {
    var out = ""
    var i = 0
    while (i < s.length) {
      val c = s.charAt(i)
      if (c >= 'a' && c <= 'z') out = out + ((c - 'a' + k) % 26 + 'a').toChar
      else if (c >= 'A' && c <= 'Z') out = out + ((c - 'A' + k) % 26 + 'A').toChar
      else out = out + c
      i += 1
    }
    out
  }

  def parseInt(s: String): Int = {
    var neg = false
    var i = 0
    if (s.length > 0 && s.charAt(0) == '-') {
      neg = true
      i = 1
    }
    var v = 0
    while (i < s.length) {
      v = v * 10 + (s.charAt(i) - '0')
      i += 1
    }
    if (neg) -v else v
  }

  def words(s: String): Int = {
    var n = 0
    var inWord = false
    for (i <- 0 until s.length) {
      val sp = s.charAt(i) == ' '
      if (!sp && !inWord) n += 1
      inWord = !sp
    }
    n
  }

  def main(args: Array[String]): Unit = {
    println(isPalindrome("racecar"))
    println(isPalindrome("abca"))
    println(isPalindrome(""))
    println(vowels("the quick brown fox jumps over the lazy dog"))
    println(caesar("Hello, World!", 3))
    println(caesar(caesar("Round Trip", 13), 13))
    println(parseInt("12345") + 1)
    println(parseInt("-987") * 2)
    println(parseInt("0"))
    println(words("  several   words here  "))
    println(words(""))
  }
}
