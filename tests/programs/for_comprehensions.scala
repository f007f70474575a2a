// Covers: `for` with several generators, guards, value definitions, tuple patterns, steps (`by`), and
// `yield` over ranges (an IndexedSeq, printed as Vector) and arrays (an Array).
object ForComprehensions {
  def main(args: Array[String]): Unit = {
    for (i <- 1 to 3; j <- 1 to i) print(i * 10 + j + " ")
    println()
    for (i <- 0 until 10 if i % 3 == 0) print(i + " ")
    println()
    for (i <- 1 to 4; sq = i * i; if sq > 4) print(sq + " ")
    println()
    for (i <- 10 to 1 by -3) print(i + " ")
    println()
    for (i <- 0 until 10 by 4) print(i + " ")
    println()
    val squares = for (i <- 1 to 5) yield i * i
    println(squares)
    println(squares.length + " " + squares(2))
    val words = Array("one", "two", "three")
    val lengths = for (w <- words) yield w.length
    println(lengths.length + " " + lengths(2))
    val pairs = for (i <- 1 to 3; j <- i to 3 if i != j) yield (i, j)
    println(pairs)
    for ((a, b) <- pairs) print(a + b + " ")
    println()
    val table = for (i <- 1 to 3) yield for (j <- 1 to 3) yield i * j
    println(table)
    var sum = 0
    for (i <- 1 to 100 if i % 2 == 0; if i % 5 == 0) sum += i
    println(sum)
    val program = Array(1, 2, 3, 2)
    for (op <- program) op match {
      case 1 => print("one ")
      case 2 => print("two ")
      case _ => print("other ")
    }
    println()
    val big = for (i <- 0 until 40) yield i.toLong * 1000000000L
    println(big(39))
    val empty = for (i <- 0 until 0) yield i
    println(empty)
    val names = for (i <- 1 to 3) yield "n" + i
    println(names)
  }
}
