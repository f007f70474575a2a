// mutable.HashMap updates: 1,000,000 increments of counters under 50,000 Int keys (`m(k) = m.getOrElse(k, 0) + 1`),
// then every counter read back.
import scala.collection.mutable

object Main {
  def main(args: Array[String]): Unit = {
    val counts = mutable.HashMap[Int, Int]()
    var x = 12345
    var i = 0
    while (i < 1000000) {
      x = x * 1103515245 + 12345
      val k = (x >>> 8) % 50000
      counts(k) = counts.getOrElse(k, 0) + 1
      i += 1
    }
    var check = 0L
    var k = 0
    while (k < 50000) {
      check = check * 31 + counts.getOrElse(k, 0)
      k += 1
    }
    println(counts.size + " " + check)
  }
}
