// A repeated parameter given separate arguments is 2.11's WrappedArray: printed `WrappedArray(1, a, 2.5)`, by the method
// or by one it is passed on to as a Seq, equal to and hashed as a List of the same elements, its `toList` a List; no
// arguments at all is `List()`, and `list: _*` the List itself.
object Main {
  def log(xs: Any*): Unit = println(xs)
  def show(label: String, xs: Int*): String = label + ": " + xs
  def inner(xs: Int*): Unit = show2(xs)
  def show2(ys: Seq[Int]): Unit = println(ys)
  def all(xs: Int*): String = xs.toString + " " + xs.toList + " " + xs.mkString("|") + " " + xs.sum + " " + (xs == List(1, 2)) +
    " " + (xs.hashCode == List(1, 2).hashCode) + " " + s"$xs" + " " + xs.length + " " + xs.head
  def main(args: Array[String]): Unit = {
    log(1, "a", 2.5)
    log()
    log(List(1, 2): _*)
    println(show("n", 1, 2, 3))
    inner(9)
    println(all(1, 2))
  }
}
