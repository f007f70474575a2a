// Differential test of Map.mapValues/filterKeys and minBy/maxBy (arrays, ranges, buffers, sets, maps); output from scalac 2.11 on JDK 25.
import scala.collection.mutable
object Main {
  def main(args: Array[String]): Unit = {
    val m = Map("a" -> 1, "b" -> 2, "c" -> 3)
    println(m.mapValues(_ * 10) + " " + m.filterKeys(_ != "b") + " " + m.mapValues(v => "v" + v)("c"))
    val big = (1 to 20).map(i => (i, i * i)).toMap
    println(big.mapValues(_ % 7))
    println(big.filter(_._2 > 100).keySet + " " + big.count(_._2 % 2 == 0) + " " + big.exists(_._1 == 3))
    println(big.minBy(_._2) + " " + big.maxBy(p => -p._1) + " " + big.values.sum + " " + big.keys.max)
    val words = Array("pear", "fig", "banana", "kiwi", "apple")
    println(words.minBy(_.length) + " " + words.maxBy(_.length) + " " + words.minBy(w => w) + " " + (1 to 9).maxBy(i => i % 4))
    println(mutable.ArrayBuffer(3, 1, 2).minBy(x => -x) + " " + Set(5, 3, 8).maxBy(x => x % 5))
    try { Array[Int]().minBy(x => x) } catch { case e: UnsupportedOperationException => println(e) }
    val mm = mutable.HashMap("x" -> 1.5, "y" -> 2.5)
    println(mm.mapValues(_ * 2))
  }
}
