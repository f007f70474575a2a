// A map's keys and values as 2.11 prints and compares them: an immutable map's keys are its key Set, a mutable
// map's a Set in the map's order; values are an Iterable printed MapLike(...) / HashMap(...); toSeq of sets and
// maps is an ArrayBuffer, of values a Stream.
import scala.collection.mutable
object Main {
  def views(): Unit = {
    val m = Map("a" -> 1, "b" -> 2)
    val big = (1 to 6).map(i => (i.toString, i)).toMap
    val hm = scala.collection.mutable.Map("a" -> 1, "b" -> 2)
    val hm2 = scala.collection.mutable.HashMap("x" -> 1)
    println(m.keys); println(m.values); println(big.keys); println(big.values)
    println(hm.keys); println(hm.values); println(hm2.keys); println(hm2.values)
    println(m.keySet); println(hm.keySet)
    println(m.values.toList); println(hm.values.sum); println(hm.keys.toList.sorted)
    println(m.values == List(1, 2)); println(m.keys == Set("a", "b"))
    println(m.valuesIterator.toList)
  }
  def operations(): Unit = {
    val m = Map("apple" -> 3, "fig" -> 1, "kiwi" -> 4)
    val hm = mutable.HashMap[String, Int]()
    for (w <- List("x", "yy", "x", "zzz", "yy", "x")) hm(w) = hm.getOrElse(w, 0) + 1
    println(hm.keys.map(_.length))
    println(hm.keys.filter(_.length > 1))
    println(hm.values.map(_ * 10))
    println(m.values.filter(_ > 1))
    println(hm.values.max + " " + hm.values.sum + " " + hm.keys.size + " " + m.values.size)
    println(hm.keys.mkString(",") + " " + m.values.mkString("[", ";", "]"))
    for (k <- hm.keys.toList.sorted) println(k + " " + hm(k))
    var total = 0
    for (v <- m.values) total += v
    println(total)
    println(hm.keySet.contains("x") + " " + hm.keySet.contains("q"))
    println(m.values.exists(_ > 3) + " " + hm.values.forall(_ > 0))
    println(hm.keys.toSeq.sorted)
    println(m.values.toVector)
    println(hm.keySet == Set("x", "yy", "zzz"))
    println(m.values.toList.sorted.reverse)
    println(hm.values.foldLeft(0)(_ + _))
  }
  def sequences(): Unit = {
    val m = Map("a" -> 1, "b" -> 2)
    val hm = scala.collection.mutable.Map("a" -> 1)
    println(Set(3, 1, 2).toSeq); println(m.toSeq); println(hm.toSeq); println(m.values.toSeq); println(hm.keys.toSeq)
    println(scala.collection.mutable.Set(1).toSeq); println(m.keys.toSeq)
    println(Set(3, 1).toIndexedSeq); println(m.toIndexedSeq); println(m.values.toIndexedSeq)
    println(scala.collection.mutable.ArrayBuffer(1).toSeq)
  }
  def main(args: Array[String]): Unit = {
    views()
    operations()
    sequences()
  }
}
