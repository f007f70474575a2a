// A repeated parameter given separate arguments is 2.11's WrappedArray: printed `WrappedArray(1, a, 2.5)` wherever it goes
// (returned, kept in an object, a List or an Option, held as Any, passed on to another method), equal to and hashed as
// a List of the same elements, its `toList` a List; no arguments at all is `List()`, and `list: _*` the List itself.
object Main {
  class Box(val xs: Seq[Int])
  def log(xs: Any*): Unit = println(xs)
  def show(label: String, xs: Int*): String = label + ": " + xs
  def keep(xs: String*): Seq[String] = xs
  def box(xs: Int*): Box = new Box(xs)
  def pass(xs: Int*): Unit = log(xs)
  def inner(xs: Int*): Unit = show2(xs)
  def show2(ys: Seq[Int]): Unit = println(ys)
  def all(xs: Int*): String = xs.toString + " " + xs.toList + " " + xs.mkString("|") + " " + xs.sum + " " + (xs == List(1, 2))
  def main(args: Array[String]): Unit = {
    log(1, "a", 2.5)
    log()
    log(List(1, 2): _*)
    println(show("n", 1, 2, 3))
    val k = keep("a", "b")
    println(k + " " + k.length + " " + k.head + " " + (k == List("a", "b")) + " " + (k.hashCode == List("a", "b").hashCode))
    println(box(4, 5).xs + " " + box().xs)
    pass(7, 8)
    inner(9)
    println(all(1, 2))
    println(List(keep("x"), keep("y", "z")))
    println(Some(keep("q")))
    val held: Any = keep("r")
    println(held + " " + (held == List("r")))
  }
}
