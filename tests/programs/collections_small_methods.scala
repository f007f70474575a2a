// Differential test of Set[String] + s, Tuple2.swap, Map.mkString (key -> value entries) and String.sorted; output from scalac 2.11 on JDK 25.
import scala.collection.mutable
object Main {
  def main(args: Array[String]): Unit = {
    var s = Set[String]()
    val w = "a"
    s = s + w
    println(s)
    println((s + "b").size)
    val p = (1, "a")
    println(p.swap + " " + (2 -> 3.5).swap._1)
    println(Map(1 -> "a", 2 -> "b").mkString(";") + " " + mutable.HashMap(3 -> 4).mkString("<", ",", ">") + " " + Map(5 -> 6).mkString)
    println("banana".sorted + " " + Set(1, 2).mkString("-"))
  }
}
