// Source: written for this test. An open-addressing hash set of Any keys that uses Scala's `##` and `==`, the way
// Scala's own collections do: 1, 1L, 1.0 and 1.0f are one key, "1" and '1' are others; it prints the hash of each
// key and the slot it lands in, so the JVM's hash codes are visible.
object AnyHashSet {
  val capacity = 16
  val slots = new Array[Any](capacity)
  val used = new Array[Boolean](capacity)
  var size = 0

  def improve(h: Int): Int = {
    var x = h * 0x9e3779b9
    x ^ (x >>> 16)
  }

  def add(key: Any): Boolean = {
    var i = improve(key.##) & (capacity - 1)
    while (used(i)) {
      if (slots(i) == key) return false
      i = (i + 1) & (capacity - 1)
    }
    used(i) = true
    slots(i) = key
    size += 1
    true
  }

  def contains(key: Any): Boolean = {
    var i = improve(key.##) & (capacity - 1)
    while (used(i)) {
      if (slots(i) == key) return true
      i = (i + 1) & (capacity - 1)
    }
    false
  }

  def main(args: Array[String]): Unit = {
    val keys = Array[Any](1, 1L, 1.0, 1.0f, "1", '1', 2.5, 2.5f, 5000000000L, 5.0e9, "hello", true, false, null,
      49, 'a', 97L, -0.0, 0.0, Double.NaN)
    for (k <- keys) {
      val added = add(k)
      println(k + " ## " + k.## + (if (added) " added" else " already there"))
    }
    println("size " + size)
    println(contains(97) + " " + contains("a") + " " + contains(2.5) + " " + contains(3) + " " + contains(null))
    var line = ""
    for (i <- 0 until capacity) line += (if (used(i)) "#" else ".")
    println(line)
  }
}
