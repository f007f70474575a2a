// Source: written for this test: scala.collection.mutable's ArrayBuffer, ListBuffer, HashMap and HashSet as
// real programs use them (word counts, work lists), with the iteration order of Scala 2.11's HashTable.
import scala.collection.mutable
import scala.collection.mutable.{ArrayBuffer, ListBuffer}

object MutableCollections {
  def main(args: Array[String]): Unit = {
    val buf = ArrayBuffer[Int]()
    for (i <- 1 to 10) buf += i * i
    buf ++= List(7, 8)
    buf.insert(0, -1)
    buf.remove(3)
    buf(1) = 100
    println(buf)
    println(buf.length + " " + buf.sum + " " + buf.max + " " + buf.indexOf(49) + " " + buf.contains(64))
    println(buf.filter(_ % 2 == 0).map(_ / 2))
    println(buf.sorted.reverse.take(3))
    println(buf.toList)
    println(buf.mkString("[", ",", "]"))
    val lb = ListBuffer[String]()
    lb += "b"
    lb += "c"
    "a" +=: lb
    lb ++= List("d", "e")
    println(lb + " " + lb.toList + " " + lb.length)
    val text = "the quick brown fox jumps over the lazy dog the fox"
    val counts = mutable.HashMap[String, Int]()
    for (w <- text.split(" ")) counts(w) = counts.getOrElse(w, 0) + 1
    println(counts)
    println(counts.toList.sortBy(p => (-p._2, p._1)))
    val seen = mutable.HashSet[Int]()
    for (i <- 1 to 30) seen += (i * 17) % 23
    println(seen)
    println(seen.size + " " + seen.contains(5))
    val m = mutable.Map[Int, String]()
    for (i <- 1 to 20) m(i * 13 % 29) = "x" + i
    println(m)
    m.remove(13)
    m -= 26
    println(m.keys.toList.sorted)
    val stack = mutable.Stack[Int]()
    stack.push(1)
    stack.push(2)
    stack.push(3)
    println(stack.pop() + " " + stack.top + " " + stack)
    val queue = mutable.Queue[String]()
    queue.enqueue("x")
    queue.enqueue("y")
    queue += "z"
    println(queue.dequeue() + " " + queue)
    val big = mutable.HashMap[Int, Int]()
    for (i <- 1 to 10000) big(i * 7919 % 10007) = i
    println(big.size + " " + big.take(10))
    val bigSet = mutable.HashSet[String]()
    for (i <- 1 to 100) bigSet += ("s" + i)
    println(bigSet.take(20))
  }
}
