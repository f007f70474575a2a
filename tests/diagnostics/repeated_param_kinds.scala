// A repeated parameter is a List here. In Scala 2.11 separate arguments make it a WrappedArray: here a List of cells
// that print as one (prelude WrappedArgs), so printing it is Scala's; what is made of it (`xs.map(f)` is an
// ArrayBuffer in Scala), keeping it (the caller could make another sequence of it: `kept(1, 2).map(f)`), a match and
// a class test would show another kind, and are unsupported where the method does so, at the arguments. No arguments at all is `List()` in 2.11, as here; no arguments after
// fixed ones an empty WrappedArray; `ys: _*` passes the sequence itself (a List is fine).
object Main {
  def show(xs: Int*): Unit = println(xs)
  def kept(xs: String*): Seq[String] = xs
  def mapped(label: String, xs: Int*): String = label + xs.map(_ + 1)
  def labelled(label: String, xs: Int*): String = label + xs
  def firstTwo(xs: Int*): String = xs match { case a :: b :: _ => "two"; case _ => "other" }
  def isList(xs: Int*): Boolean = xs.isInstanceOf[List[Int]]
  def sum(xs: Int*): Int = xs.sum
  def main(args: Array[String]): Unit = {
    show(1, 2)
    show()
    show(List(1, 2): _*)
    show(Array(1, 2): _*) // expect: error unsupported "an array for the repeated parameter `xs` of `show`"
    show(Vector(1): _*) // expect: error unsupported "shows `Vector(...)`"
    show(1 to 3: _*) // expect: error unsupported "shows `Range(...)`"
    println(kept("a", "b").length) // expect: error unsupported "separate arguments for the repeated parameter `xs` of `kept`, which returns it"
    println(mapped("m", 1)) // expect: error unsupported "separate arguments for the repeated parameter `xs` of `mapped`, which makes `map` of it and prints it"
    println(labelled("l", 1) + labelled("none")) // expect: error unsupported "no arguments after the others for the repeated parameter `xs` of `labelled`"
    println(firstTwo(1, 2)) // expect: error unsupported "which tests its class (a repeated parameter is a List here: it prints as Scala's `WrappedArray(...)`"
    println(isList(1)) // expect: error unsupported "tests its class"
    println(sum(1, 2) + sum(Array(3): _*) + sum(Vector(4): _*) + sum(1 to 2: _*) + sum())
  }
}
