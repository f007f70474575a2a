// Covers: String == and != compare contents (not identity), for literals,
// strings built at run time, interpolated strings and null.
object StringEquality {
  def build(n: Int): String = {
    var s = ""
    var i = 0
    while (i < n) {
      s = s + "ab"
      i += 1
    }
    s
  }

  def main(args: Array[String]): Unit = {
    val x = 5
    val c = "c"
    println("ab" + "c" == "abc")
    println("ab" + c == "abc")
    println(s"$x" == "5")
    println(s"${x + 1}" != "6")
    println(build(3) == "ababab")
    println(build(3) == build(3))
    println(build(2) != build(3))
    println("" == build(0))
    println("abc" == "abd")
    println("abc" != "ABC")
    println("x" + 1 == "x1")
    println("1" + 2 + 3 == "123")
    println(1 + 2 + "3" == "33")
    val nul: String = null
    println(nul == null)
    println(nul != null)
    println("a" == nul)
    println(nul == "a")
    val s2: String = "a" + nul
    println(s2 == "anull")
    var t = "abc"
    t = t.substring(1)
    println(t == "bc")
    println("hello".substring(0, 4) == "hell")
    println("\u00e9" == "é")
    println("abc".charAt(1) == 'b')
    val same = if (build(1) == "ab") "equal" else "different"
    println(same)
  }
}
