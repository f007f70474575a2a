// Library functions and sequences where a function is expected (math.max in a fold, a Vector as Int => A),
// Array.indices as a Range, String.groupBy giving Strings.
object Main {
  def main(args: Array[String]): Unit = {
    val xs = Array(4, 9, 2)
    println(xs.foldLeft(0)(math.max) + " " + xs.reduce(math.min))
    println(List(1.0, 4.0, 9.0).map(math.sqrt))
    println(xs.indices + " " + xs.indices.map(i => xs(i) * i).sum)
    for (i <- Vector("a", "b").indices) print(i)
    println()
    val squares = Vector(0, 1, 4, 9, 16)
    println(List(3, 1, 4).map(squares))
    println("mississippi".groupBy(identity).toList.sortBy(_._1))
    println("hello world".groupBy(_.isLetter).map { case (k, v) => (k, v.length) })
  }
}
