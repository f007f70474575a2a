// Differential test of scala.collection's ArrayBuffer, ListBuffer, Stack, Queue, Map and Set (issue 11); output from scalac 2.11 on JDK 25.
import scala.collection.mutable

object Main {
  def show(s: String): Unit =
    if (s.length <= 2000) println(s) else println(s.length + " " + s.hashCode + " " + s.substring(0, 120))

  def main(args: Array[String]): Unit = {
    for (n <- Array(1, 4, 5, 100, 10000)) {
      var im = Map[Int, Int]()
      var sm = Map[String, Int]()
      var is = Set[Int]()
      var ss = Set[String]()
      val mm = mutable.HashMap[Int, String]()
      val ms = mutable.HashMap[String, Int]()
      val hs = mutable.HashSet[Int]()
      val hss = mutable.HashSet[String]()
      for (i <- 1 to n) {
        val k = i * 7919 % 10007
        im = im + (k -> i)
        sm = sm.updated("k" + k, i)
        is = is + k
        ss += "s" + k
        mm(k) = "v" + i
        ms("m" + i) = k
        hs += k
        hss += ("h" + i)
      }
      show(im.toString)
      show(sm.toString)
      show(is.toString)
      show(ss.toString)
      show(mm.toString)
      show(ms.toString)
      show(hs.toString)
      show(hss.toString)
      println(im.size + " " + sm.size + " " + is.size + " " + ss.size + " " + mm.size + " " + ms.size + " " + hs.size + " " + hss.size)
      var total = 0L
      for ((k, v) <- im) total = total * 31 + k * 3 + v
      for (x <- hs) total = total * 17 + x
      for ((k, v) <- mm) total = total * 13 + k + v.length
      println(total)
      // removals
      for (i <- 1 to n by 3) {
        val k = i * 7919 % 10007
        im = im - k
        is = is - k
        mm -= k
        hs -= k
      }
      show(im.toString)
      show(is.toString)
      show(mm.toString)
      show(hs.toString)
    }
    println(Map(1 -> "a") == Map(1 -> "a") && Set(1, 2) == Set(2, 1))
    println(Map("x" -> 1, "y" -> 2).hashCode + " " + Set(1, 2, 3).hashCode)
  }
}
