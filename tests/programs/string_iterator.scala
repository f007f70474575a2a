// `s.iterator` as an Iterator[Char] (a parameter type too): hasNext, next(), and next() past the end failing as StringOps' iterator does.
object Main {
  def count(it: Iterator[Char]): Int = { var n = 0; while (it.hasNext) { if (it.next() == 'a') n += 1 }; n }
  def main(args: Array[String]): Unit = {
    val it = "banana".iterator
    println(it.hasNext)
    println(it.next())
    println(count(it))
    println(it.hasNext)
    println(it.next())
  }
}
