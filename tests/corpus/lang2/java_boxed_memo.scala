// Source: Rosetta Code, "Hofstadter Q sequence" (https://rosettacode.org/wiki/Hofstadter_Q_sequence): the first ten
// terms, the 1000th, and how often a term is less than its predecessor up to 100,000. Adapted from the task's Java
// solution, which memoises in a HashMap<Integer, Integer>: here an Array[Integer] whose null entries are the terms
// not yet computed, and a generic table holding java.lang.Integer values (an AnyRef bound, as Java collections need).
class Table[V <: AnyRef](size: Int) {
  private val slots = new Array[AnyRef](size)
  def get(i: Int): V = slots(i).asInstanceOf[V]
  def put(i: Int, v: V): Unit = slots(i) = v
}

object Main {
  val memo = new Array[Integer](100001)

  def q(n: Int): Int = {
    if (memo(n) == null) {
      memo(n) = if (n <= 2) 1 else q(n - q(n - 1)) + q(n - q(n - 2))
    }
    memo(n)
  }

  def main(args: Array[String]): Unit = {
    for (i <- 1 to 100000) q(i) // fill from below: the recursion stays shallow
    println((1 to 10).map(q).mkString(" "))
    println(q(1000))
    var flips = 0
    for (i <- 2 to 100000) if (memo(i) < memo(i - 1)) flips += 1
    println(flips)
    val squares = new Table[Integer](10)
    for (i <- 0 until 10) squares.put(i, i * i)
    var total: Integer = 0
    for (i <- 0 until 10) total = total + squares.get(i)
    println(total + " " + (squares.get(3) == 9) + " " + squares.get(4).doubleValue())
    println(Integer.valueOf(42).hashCode + " " + (memo(0) == null))
  }
}
