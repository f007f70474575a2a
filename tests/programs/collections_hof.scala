// Covers: Range values (toString, sum, length, contains, reverse, by, toArray, map, filter, foreach), and on arrays
// map, filter, exists, forall, count, sortWith (stable), zipWithIndex, Array.fill/tabulate/ofDim (2-D too)/empty.
object CollectionsHof {
  def main(args: Array[String]): Unit = {
    val r = 1 to 10
    println(r)
    println(r.sum + " " + r.length + " " + r.contains(5) + " " + r.contains(11))
    println((0 until 10 by 3).toArray.length)
    println(r.reverse)
    println(r.map(x => x * x))
    println(r.filter(_ % 2 == 0))
    r.foreach(x => print(x + " "))
    println()
    (1 until 4).foreach { i => print(i) }
    println()
    val a = Array(5, 3, 8, 1, 9, 2)
    println(a.map(_ * 2).length)
    println(a.filter(_ > 3).length)
    println(a.exists(_ > 8) + " " + a.forall(_ > 0) + " " + a.count(_ % 2 == 1))
    val s = a.sortWith(_ > _)
    for (x <- s) print(x + " ")
    println()
    val words = Array("pear", "fig", "apple", "kiwi", "banana")
    for (w <- words.sortWith(_.length < _.length)) print(w + " ")
    println()
    for ((w, i) <- words.zipWithIndex) print(i + ":" + w + " ")
    println()
    val f = Array.fill(3)(7)
    println(f(0) + f(1) + f(2))
    val t = Array.tabulate(5)(i => i * i)
    for (x <- t) print(x + " ")
    println()
    val g = Array.ofDim[Int](3, 4)
    g(1)(2) = 5
    println(g.length + " " + g(0).length + " " + g(1)(2))
    val e = Array.empty[String]
    println(e.length)
    val grid = Array.fill(2, 3)(1.5)
    println(grid(1)(2))
    val sq: Int => Int = x => x * x
    println(a.map(sq).count(_ > 10))
    println((1 to 0).reverse)
    println(Array.tabulate(3, 3)((i, j) => i * 3 + j).map(_.length).length)
  }
}
