// Covers: substring(a) and substring(a, b) edge cases: empty results, whole
// string, end index equal to length, chained calls, and length of results.
object SubstringEdges {
  def main(args: Array[String]): Unit = {
    val s = "abcdef"
    println(s.substring(0))
    println(s.substring(6))
    println(s.substring(6).length)
    println(s.substring(3))
    println(s.substring(0, 6))
    println(s.substring(2, 2).length)
    println("[" + s.substring(2, 2) + "]")
    println(s.substring(0, 1))
    println(s.substring(5, 6))
    println(s.substring(1, 5).substring(1, 3))
    println("".substring(0))
    println("".substring(0, 0).length)
    var i = 0
    while (i <= s.length) {
      println(s.substring(0, i) + "|" + s.substring(i))
      i += 1
    }
    val word = "racecar"
    println(word.substring(word.length - 3))
    println(word.substring(0, word.length / 2))
    println(s.substring(s.length))
    println(s.substring(0, 3) == "abc")
  }
}
