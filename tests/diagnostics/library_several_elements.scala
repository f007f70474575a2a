// `s + (a, b)` calls the several-element `+`: items that are no elements are scalac's type mismatch, even where the
// list would make an element as a tuple (scalac does not take it as one there).
object Main {
  def main(args: Array[String]): Unit = {
    val pairs = Set((1, 2)) + (3, 4) // expect: error type-mismatch "found Int, required (Int, Int)"
    val m = Map("a" -> 1) + ("b" -> 2, "c") // expect: error type-mismatch "found String, required (String, Int)"
    println(pairs.size + m.size)
  }
}
