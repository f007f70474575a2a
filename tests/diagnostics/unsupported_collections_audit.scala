// What the collections library does not offer is `unsupported` naming the method (never `not-a-member` or a
// follow-on error about the lambda's parameters); java.util's collections are not scala.collection.mutable's
// (their methods and toString differ) and are unsupported too.
import java.util.{ArrayList, HashMap}
import scala.collection.mutable

object Main {
  def main(args: Array[String]): Unit = {
    val m = Map(1 -> "a", 2 -> "b")
    val s = Set(1, 2)
    val ab = mutable.ArrayBuffer(1, 2)
    val hm = mutable.HashMap(1 -> 2)
    println(m.transform((k, v) => v + k)) // expect: error unsupported "transform"
    println(hm.retain((k, v) => k > 1)) // expect: error unsupported "retain"
    println(mutable.Queue(1).dequeueAll(_ > 0)) // expect: error unsupported "dequeueAll"
    println(ab.grouped(1).toList) // expect: error unsupported "grouped"
    println(ab.sliding(2).toList) // expect: error unsupported "sliding"
    println(s.partition(_ > 1)) // expect: error unsupported "partition"
    println(m.partition(_._1 > 1)) // expect: error unsupported "partition"
    ab.prependAll(List(0)) // expect: error unsupported "prependAll"
    println(hm.transform((k, v) => v + 1)) // expect: error unsupported "transform"
    println(List(3, 1).scanRight(0)(_ + _)) // expect: error unsupported "scanRight"
    println(List(1, 2).iterator.grouped(2).toList) // expect: error unsupported "grouped"
    val jl = new ArrayList[Int]() // expect: error unsupported "java.util.ArrayList"
    val jm = new HashMap[String, Int]() // expect: error unsupported "java.util.HashMap"
    val jq = new java.util.ArrayDeque[Int]() // expect: error unsupported
    val e: Either[String, Int] = Right(3)
    println(for (a <- e.right if a > 1) yield a) // expect: error unsupported "guard"
  }
}
