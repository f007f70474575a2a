// The JVM side of HashOrdersDriver.scala: the same keys and operations on Scala 2.11's own immutable Map and Set,
// mutable.HashMap and mutable.HashSet, printed in the same form (run with scalac 2.11 to write
// HashOrdersDriver.out).
import scala.collection.mutable

object HashOrdersJvm {
  var seed = 7L
  def rnd(n: Int): Int = {
    seed = seed * 6364136223846793005L + 1442695040888963407L
    ((seed >>> 33) % n).toInt
  }

  def key(kind: Int, i: Int): Any =
    if (kind == 0) rnd(1000000) - 500000
    else if (kind == 1) "k" + rnd(100000)
    else if (kind == 2) i * 37
    else if (kind == 3) (rnd(1000).toLong << 33) + i
    else if (kind == 4) rnd(100) * 0.5
    else (rnd(50), "x" + rnd(50))

  def summary(keys: Seq[Any]): String = {
    var h = 17
    for (k <- keys) h = h * 31 + k.##
    val n = keys.length
    val head = if (n <= 15) keys.mkString(",") else keys.take(12).mkString(",") + " ... " + keys.drop(n - 3).mkString(",")
    n + " [" + head + "] " + h
  }

  def main(args: Array[String]): Unit = {
    for (kind <- 0 to 5; n <- Array(0, 1, 2, 3, 4, 5, 6, 17, 100, 1000, 10000)) {
      val ks = Array.tabulate[Any](n)(i => key(kind, i))
      var map = Map[Any, Int]()
      var set = Set[Any]()
      val table = mutable.HashMap[Any, Int]()
      val flat = mutable.HashSet[Any]()
      for (i <- 0 until n) {
        map = map + (ks(i) -> i)
        set = set + ks(i)
        table(ks(i)) = i
        flat += ks(i)
        if (i % 7 == 3) {
          val r = ks(rnd(i + 1))
          map = map - r
          set = set - r
        }
        if (i % 5 == 2) {
          val r = ks(rnd(i + 1))
          table -= r
          flat -= r
        }
      }
      println("kind " + kind + " n " + n)
      println("  Map " + summary(map.keys.toList))
      println("  Set " + summary(set.toList))
      println("  mutable.HashMap " + summary(table.keys.toList))
      println("  mutable.HashSet " + summary(flat.toList))
    }
  }
}
