// Differential test of scala.collection's ArrayBuffer, ListBuffer, Stack, Queue, Map and Set (issue 11); output from scalac 2.11 on JDK 25.
import scala.collection.mutable
import scala.collection.mutable.ArrayBuffer
object Main {
  def main(args: Array[String]): Unit = {
    val buf = ArrayBuffer(3, 1, 2)
    buf ++= Array(7, 8)
    buf ++= ArrayBuffer(9)
    println(buf + " " + buf.toSet + " " + buf.toBuffer)
    val evens = (0 to 20 by 2).toSet
    println(evens + " " + evens.size)
    val big = (1 to 100).map(i => (i * 37 % 101) -> i).toMap
    println(big)
    val words = Array("apple", "avocado", "banana", "blueberry", "cherry", "kiwi", "fig", "date")
    val g = buf.groupBy(_ % 2)
    println(g)
    println(words.groupBy(_.charAt(0)).keys)
    val m = mutable.Map[String, Int]()
    m("a") = 1
    m("b") = 2
    m("a") += 5
    println(m + " " + m.size)
    println(Set(1, 2) ++ Set(3, 4, 5) + " " + (Set(1,2,3) & Set(2,3,4)) + " " + (Set(1,2,3) -- Set(2)))
    var im = Map[String, Int]()
    im += ("x" -> 1)
    im = im + ("y" -> 2)
    im -= "x"
    println(im + " " + Map.empty[Int, Int] + " " + ArrayBuffer.empty[String])
    println(ArrayBuffer(1, 2, 3).hashCode + " " + (ArrayBuffer(1, 2) == ArrayBuffer(1, 2)))
  }
}
