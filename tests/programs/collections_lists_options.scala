// Differential test of the collections with the library's List, Option and Iterator: iterator, toList, get, remove, groupBy of a List, a ListBuffer as a Seq; output from scalac 2.11 on JDK 25.
import scala.collection.mutable
import scala.collection.mutable.{ArrayBuffer, ListBuffer}
object Main {
  def total(xs: Seq[Int]): Int = xs.sum
  def main(args: Array[String]): Unit = {
    val it = ArrayBuffer(1, 2, 3).iterator
    while (it.hasNext) print(it.next() + " ")
    println()
    val m = Map("a" -> 1, "b" -> 2)
    val mi = m.iterator
    while (mi.hasNext) { val (k, v) = mi.next(); println(k + v) }
    println(Set(3, 4).iterator.map(_ * 2).toList + " " + mutable.HashMap(1 -> 2).iterator.toList)
    val lb = ListBuffer(4, 5)
    println(total(lb) + " " + lb.toList + " " + ArrayBuffer(1, 2).toList + " " + m.toList + " " + m.get("a") + " " + m.get("z"))
    val hm = mutable.HashMap(1 -> "x")
    println(hm.remove(1) + " " + hm.remove(2) + " " + hm)
    val words = List("apple", "avocado", "banana", "cherry")
    println(words.groupBy(_.charAt(0)) + " " + words.toSet + " " + List(1 -> 2).toMap + " " + words.toBuffer)
    val buf = ArrayBuffer[Int]()
    buf ++= List(1, 2)
    println(buf + " " + (buf ++ List(3)))
  }
}
