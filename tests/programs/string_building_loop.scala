// Covers: building strings in loops: reversing, repeating, joining numbers,
// counting characters, and a string that grows to a few thousand characters.
object StringBuildingLoop {
  def reverse(s: String): String = {
    var r = ""
    var i = s.length - 1
    while (i >= 0) {
      r = r + s.charAt(i)
      i -= 1
    }
    r
  }

  def repeat(s: String, n: Int): String = {
    var r = ""
    for (i <- 0 until n) r = r + s
    r
  }

  def count(s: String, c: Char): Int = {
    var n = 0
    for (i <- 0 until s.length) {
      if (s.charAt(i) == c) n += 1
    }
    n
  }

  def main(args: Array[String]): Unit = {
    println(reverse("hello, world"))
    println(reverse(""))
    println(repeat("ab", 5))
    println(repeat("x", 0).length)
    var joined = ""
    for (i <- 1 to 10) {
      if (joined.length > 0) joined = joined + ","
      joined = joined + (i * i)
    }
    println(joined)
    println(count("mississippi", 's'))
    println(count("mississippi", 'z'))
    var big = ""
    var i = 0
    while (i < 1000) {
      big = big + (i % 10)
      i += 1
    }
    println(big.length)
    println(big.substring(990))
    println(count(big, '7'))
    var tri = ""
    for (row <- 1 to 4) {
      tri = tri + repeat("*", row) + "\n"
    }
    print(tri)
    println(reverse(repeat("abc", 3)))
  }
}
