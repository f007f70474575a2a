// Range in full as loops and arithmetic use it: to, until, by (positive, negative, not dividing the span), reverse,
// empty ranges, contains, sum, length, head/last, min/max, and the toString of each, also nested in other values.
object Main {
  def show(label: String, r: Range): Unit =
    println(label + ": " + r + " len=" + r.length + " sum=" + r.sum + " empty=" + r.isEmpty + " incl=" + r.isInclusive)

  def main(args: Array[String]): Unit = {
    show("1 to 5", 1 to 5)
    show("1 until 5", 1 until 5)
    show("1 to 10 by 3", 1 to 10 by 3)
    show("1 until 10 by 3", 1 until 10 by 3)
    show("10 to 1 by -3", 10 to 1 by -3)
    show("10 until 1 by -3", 10 until 1 by -3)
    show("5 to 1", 5 to 1)
    show("1 until 1", 1 until 1)
    show("3 to 3", 3 to 3)
    show("0 to -6 by -2", 0 to -6 by -2)
    show("-3 to 3", -3 to 3)
    show("reverse", (1 to 10 by 4).reverse)
    show("reverse empty", (5 until 5).reverse)
    show("Range(0, 10, 4)", Range(0, 10, 4))
    show("inclusive", Range.inclusive(2, 8, 2))
    val r = 1 to 10 by 4
    println(r.head + " " + r.last + " " + r.start + " " + r.end + " " + r.step + " " + r.min + " " + r.max)
    println((10 to 1 by -4).last + " " + (1 until 10 by 4).last + " " + (0 until 10).last)
    println(r.contains(5) + " " + r.contains(6) + " " + (10 to 1 by -3).contains(4) + " " + (1 to 0).contains(0) + " " + (1 until 5).contains(5))
    println((1 to 5).map(_ * 2) + " " + (1 to 6).filter(_ % 2 == 0) + " " + (1 to 3).toList + " " + (1 to 3).toArray.mkString(","))
    println((1 to 4).reverse.toList + " " + (1 to 4).foldLeft(0)(_ * 10 + _) + " " + (1 to 5).product)
    println(List(1 to 3, 4 until 6) + " " + Some(0 to 2) + " " + ((1 to 2), (3 to 1)))
    println((1 to 3) == List(1, 2, 3))
    println((1 to 3) == (1 until 4))
    println((1 to 0) == (5 until 5))
    println((1 to 10).by(5) + " " + (1 to 10).reverse.by(-1) + " " + (0 to 20 by 5).drop(1).take(2))
    var s = 0
    for (i <- 100 to 0 by -25) s += i
    for (i <- 0 until 0) s += 1000
    println(s)
    println((1 to 1000000).sum + " " + (-5 to 5).sum + " " + (1 to 100000 by 7).length)
    println((1 to 10 by 2).map(_.toString).mkString("") + " " + (1 to 5).zip(5 to 1 by -1))
    try { 1 to 10 by 0 } catch { case e: IllegalArgumentException => println("by 0: " + e.getMessage) }
    try { (1 to 0).head } catch { case e: NoSuchElementException => println("head: " + e.getMessage) }
    try { (1 until 1).last } catch { case e: NoSuchElementException => println("last: " + e.getMessage) }
    try { (1 to 0).max } catch { case e: NoSuchElementException => println("max: " + e.getMessage) }
    try { (1 to 0).min } catch { case e: NoSuchElementException => println("min: " + e.getMessage) }
    try { (0 to 1 by -1).max } catch { case e: NoSuchElementException => println("max down: " + e.getMessage) }
    println((10 to 1 by -3).max + " " + (10 to 1 by -3).min + " " + (-3 until 9 by 4).max)
    println(List(1, 2, 3) == (1 to 3))
    println(Vector(1, 2) == (1 until 3) && (1 to 0) == List() && (2 to 6 by 2) != List(2, 4))
  }
}
