// Differential test of for/yield over buffers, sets, maps and queues (a collection of the source's kind); output from scalac 2.11 on JDK 25.
import scala.collection.mutable
import scala.collection.mutable.ArrayBuffer
object Main {
  def main(args: Array[String]): Unit = {
    val buf = ArrayBuffer(1, 2, 3)
    println(for (x <- buf) yield x * 2)
    println(for (x <- buf if x > 1) yield x.toString)
    val s = Set(3, 1, 2)
    println(for (x <- s) yield x * 10)
    val m = Map("a" -> 1, "b" -> 2)
    println(for ((k, v) <- m) yield (v, k))
    val hm = mutable.HashMap(1 -> "x", 2 -> "y")
    println(for ((k, v) <- hm) yield (v, k))
    val q = mutable.Queue(5, 6)
    println(for (x <- q) yield x + 1)
  }
}
