// Source: Rosetta Code, https://rosettacode.org/wiki/Palindrome_detection#Scala. Adapted: the exact test as
// `s == s.reverse`, the inexact one keeps letters and digits only (with Char tests) and ignores case.
object PalindromeDetection {
  def isPalindrome(s: String): Boolean = s == s.reverse

  def isPalindromeSentence(s: String): Boolean = {
    val sb = new StringBuilder
    var i = 0
    while (i < s.length) {
      val c = s.charAt(i)
      if (c.isLetterOrDigit) sb.append(c.toLower)
      i += 1
    }
    isPalindrome(sb.toString)
  }

  def main(args: Array[String]): Unit = {
    val words = Array("racecar", "alice", "eertree", "A", "", "ab")
    for (w <- words) println("\"" + w + "\" " + isPalindrome(w))
    println(isPalindromeSentence("A man, a plan, a canal: Panama!"))
    println(isPalindromeSentence("In girum imus nocte et consumimur igni"))
    println(isPalindromeSentence("Not a palindrome"))
  }
}
