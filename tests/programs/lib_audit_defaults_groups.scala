// Maps with defaults as word counters write them (withDefaultValue, withDefault; kept by updated, + and -, and by
// filter, which 2.11 builds from the map's own `empty`; lost by map), a Map's groupBy (groups that are Maps), and the
// buffers' append/prepend/enqueue/push of several elements at once, trimEnd/trimStart (an ArrayBuffer's failing
// past its end, a ListBuffer's not), a mutable map's put giving the old value's Option.
import scala.collection.mutable

object Main {
  def main(args: Array[String]): Unit = {
    val counts = mutable.HashMap[String, Int]().withDefaultValue(0)
    for (w <- "a b a c a b".split(" ")) counts(w) += 1
    println(counts.toList.sorted + " " + counts("zzz") + " " + counts.get("zzz") + " " + counts.size)
    val byLength = mutable.Map[Int, Int]().withDefaultValue(0)
    for (w <- List("to", "be", "or", "not", "to", "be")) byLength(w.length) += 1
    println(byLength + " " + byLength(9))
    val ids = mutable.Map[Int, String]().withDefault(k => "id" + k)
    ids(1) = "one"
    println(ids(1) + " " + ids(7) + " " + ids)
    var freq = Map[Char, Int]().withDefaultValue(0)
    for (c <- "hello") freq = freq.updated(c, freq(c) + 1)
    println(freq + " " + freq('z') + " " + (freq + ('q' -> 9))('w') + " " + freq.getOrElse('z', -1) + " " + freq.contains('z'))
    val m = Map(1 -> "a", 2 -> "b").withDefault(k => "none" + k)
    println(m(1) + " " + m(3) + " " + (m - 1)(1) + " " + m.size + " " + m.filter(_._1 > 1)(7) + " " + m.filterNot(_._1 > 1)(8))
    try { val doubled = m.map(kv => (kv._1, kv._2 * 2)); doubled(5) } catch { case e: NoSuchElementException => println("map: " + e.getMessage) }

    val ages = Map("ann" -> 31, "bob" -> 25, "cid" -> 31, "dee" -> 40, "eve" -> 25, "fay" -> 31)
    println(ages.groupBy(_._2))
    println(ages.groupBy(_._1 < "c").map { case (k, v) => k + ":" + v.keys.toList.sorted })
    val hm = mutable.HashMap(1 -> "x", 2 -> "y", 3 -> "x")
    println(hm.groupBy(_._2))
    println((1 to 50).map(i => (i, i % 7)).toMap.groupBy(_._2 % 3))

    val ab = mutable.ArrayBuffer(1)
    ab.append(2, 3)
    ab.prepend(-1, 0)
    val lb = mutable.ListBuffer("a")
    lb.append("b", "c")
    lb.prepend("x", "y")
    val q = mutable.Queue(1)
    q.enqueue(2, 3)
    val s = mutable.Stack(0)
    println(s.push(1, 2).size + " " + ab + " " + lb + " " + q + " " + s)
    println(hm.put(1, "b") + " " + hm.put(4, "c") + " " + hm)
    val scores = mutable.HashMap[String, Int]()
    println(scores.put("x", 1) + " " + scores.put("x", 2) + " " + scores("x"))
    val nums = mutable.ArrayBuffer(1, 2, 3, 4, 5)
    nums.trimEnd(2); nums.trimStart(1); nums.trimEnd(0)
    println(nums)
    try { nums.trimEnd(10) } catch { case e: IndexOutOfBoundsException => println("trimEnd: " + e.getMessage) }
    try { nums.trimStart(10) } catch { case e: IndexOutOfBoundsException => println("trimStart: " + e.getMessage) }
    val names = mutable.ListBuffer("p", "q", "r")
    names.trimStart(1); names.trimEnd(1)
    println(names)
    names.trimStart(5); names.trimEnd(5)
    println(nums + " " + names)
  }
}
