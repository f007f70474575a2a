// The types Scala gives to `if` and `match` branches and array elements that meet only in a top type (Any, AnyVal,
// AnyRef), and the values they hold: a Range, a Unit, numbers of different types, strings and arrays.
object Main {
  def pick(n: Int): Any = if (n == 0) 1 to 3 else if (n == 1) () else if (n == 2) 'c' else if (n == 3) 2.5f else "s"
  def main(args: Array[String]): Unit = {
    val big = args.length == 0
    val a = if (big) () else 5
    val b = if (big) 7 else ()
    println(a + " " + b)
    val c = if (big) 'x' else 1.5
    println(c)
    val d = if (big) true else 3
    println(d)
    val e = if (big) "text" else Array(1, 2)
    println(e)
    val f = if (big) null else 3
    println(f)
    val g = if (big) 0 until 10 by 4 else "no"
    println(g)
    for (i <- 0 to 4) println(pick(i))
    val mixed = Array(1, "two", 3.0)
    println(mixed.length + " " + mixed(1) + " " + (mixed(0) == 1) + " " + (mixed(2) == 3))
    val refs = Array("a", Array(1))
    println(refs(0))
    val same: AnyVal = if (big) 1 else 1L
    println(same)
    var total = 0.0
    for (x <- Array[AnyVal](1, 2L, 3.5f, 4.25, 'A', 6.toByte)) {
      if (x.isInstanceOf[Int]) total += x.asInstanceOf[Int]
      else if (x.isInstanceOf[Long]) total += x.asInstanceOf[Long]
      else if (x.isInstanceOf[Float]) total += x.asInstanceOf[Float]
      else if (x.isInstanceOf[Double]) total += x.asInstanceOf[Double]
      else if (x.isInstanceOf[Char]) total += x.asInstanceOf[Char]
      else total += 100
    }
    println(total)
  }
}
