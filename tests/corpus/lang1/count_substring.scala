// Source: Rosetta Code, https://rosettacode.org/wiki/Count_occurrences_of_a_substring#Scala. Adapted: the
// non-overlapping count with indexOf(sub, from), plus contains / startsWith / endsWith / replace on the examples.
object CountSubstring {
  def countSubstring(str: String, sub: String): Int = {
    var count = 0
    var at = str.indexOf(sub)
    while (at >= 0 && sub.length > 0) {
      count += 1
      at = str.indexOf(sub, at + sub.length)
    }
    count
  }

  def main(args: Array[String]): Unit = {
    println(countSubstring("the three truths", "th"))
    println(countSubstring("ababababab", "abab"))
    println(countSubstring("abaabba*bbaba*bbab", "a*b"))
    val s = "the three truths"
    println(s.contains("three") + " " + s.startsWith("the") + " " + s.endsWith("truth") + " " + s.lastIndexOf("th"))
    println(s.replace("th", "TH") + " | " + s.replace('t', 'T'))
  }
}
