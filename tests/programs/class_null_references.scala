// Covers: null class references and null Strings: == null / != null checks,
// reassigning between null and instances, null passed as an argument and returned.
class Crate(var content: String) {
  def describe: String = if (content == null) "empty box" else "box of " + content
}

object ClassNullReferences {
  def find(boxes: Array[Crate], what: String): Crate = {
    for (b <- boxes) {
      if (b != null && b.content == what) return b
    }
    null
  }

  def main(args: Array[String]): Unit = {
    var b: Crate = null
    println(b == null)
    b = new Crate(null)
    println(b != null)
    println(b.describe)
    b.content = "apples"
    println(b.describe)
    val boxes = Array(new Crate("x"), null, new Crate("y"))
    println(find(boxes, "y").describe)
    println(find(boxes, "z") == null)
    val other = b
    b = null
    println(other.describe)
    println(b == other)
    val s: String = null
    println(s)
    println("s is " + s)
    var t = s
    t = "now set"
    println(t != null)
  }
}
