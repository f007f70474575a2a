// A repeated parameter is a List here; in Scala 2.11 separate arguments make it a WrappedArray (none, `List()`),
// and `ys: _*` passes the sequence itself. Where the method shows its parameter's kind (prints it, matches it,
// keeps it), a call giving it anything but a List is unsupported, at the arguments; a method reading only the
// elements, no arguments at all, and a List passed with `: _*` are fine.
object Main {
  def show(xs: Int*): Unit = println(xs)
  def kept(xs: String*): Seq[String] = xs
  def mapped(label: String, xs: Int*): String = label + xs.map(_ + 1)
  def sum(xs: Int*): Int = xs.sum
  def main(args: Array[String]): Unit = {
    show(1, 2) // expect: error unsupported "separate arguments for the repeated parameter `xs` of `show`, which prints it"
    show()
    show(List(1, 2): _*)
    show(Array(1, 2): _*) // expect: error unsupported "an array for the repeated parameter `xs` of `show`"
    show(Vector(1): _*) // expect: error unsupported "shows `Vector(...)`"
    show(1 to 3: _*) // expect: error unsupported "shows `Range(...)`"
    println(kept("a", "b").length) // expect: error unsupported "which returns it"
    println(mapped("m", 1)) // expect: error unsupported "makes `map` of it and prints it"
    println(sum(1, 2) + sum(Array(3): _*) + sum(Vector(4): _*) + sum(1 to 2: _*) + sum())
  }
}
