// Repeated parameters (`xs: Int*`): any number of arguments as one Seq, indexed, iterated and measured; after fixed
// parameters; of a generic element type; of Any (boxed); on a class's method; none at all; and `ys: _*` passing a
// List's, an array's or a range's elements.
class Logger(prefix: String) {
  def log(parts: Any*): String = prefix + parts.mkString(" ")
}

object Main {
  def sum(xs: Int*): Int = { var t = 0; for (x <- xs) t += x; t }
  def describe(label: String, values: Double*): String =
    label + "[" + values.length + "]" + (if (values.isEmpty) "" else " first " + values(0) + " max " + values.max)
  def firstOr[T](default: T, xs: T*): T = if (xs.isEmpty) default else xs.head
  def joined(sep: String, words: String*): String = words.mkString(sep)

  def main(args: Array[String]): Unit = {
    println(sum(1, 2, 3) + " " + sum() + " " + sum(42))
    println(describe("none") + "; " + describe("some", 2.5, 7.0, -1.0))
    println(firstOr(0, 5, 6) + " " + firstOr("none") + " " + firstOr('z', 'a'))
    println(joined("-", "a", "b", "c") + " " + joined("+"))
    println(new Logger("> ").log("x", 1, 2.5, true, 'c'))
    val list = List(10, 20, 30)
    println(sum(list: _*) + " " + sum(Array(1, 1): _*) + " " + sum(1 to 4: _*))
    println(joined(", ", "one two three".split(" "): _*))
  }
}
