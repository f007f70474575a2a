// Differential test of scala.collection's ArrayBuffer, ListBuffer, Stack, Queue, Map and Set (issue 11); output from scalac 2.11 on JDK 25.
import scala.collection.mutable
import scala.collection.mutable.{ArrayBuffer, ListBuffer}

object Main {
  def main(args: Array[String]): Unit = {
    val buf = ArrayBuffer[Int]()
    for (i <- 1 to 10) buf += i * i
    buf.insert(0, -1)
    buf.remove(3)
    buf(1) = 100
    println(buf)
    println(buf.length + " " + buf.sum + " " + buf.max + " " + buf.indexOf(49) + " " + buf.contains(64))
    println(buf.filter(_ % 2 == 0).map(_ / 2))
    println(buf.sorted.reverse.take(3))
    println(buf.mkString("[", ",", "]"))
    println(buf.foldLeft(0)(_ + _))
    for (x <- buf) print(x + ";")
    println()
    val lb = ListBuffer[String]()
    lb += "b"
    lb += "c"
    "a" +=: lb
    println(lb + " " + lb.length)
    val counts = mutable.HashMap[String, Int]()
    for (w <- "the quick brown fox jumps over the lazy dog the fox".split(" ")) counts(w) = counts.getOrElse(w, 0) + 1
    println(counts)
    val m = Map(1 -> "a", 2 -> "b")
    println(m + " " + m(1) + " " + m.getOrElse(3, "z") + " " + m.contains(2))
    val s = Set(1, 2, 3)
    println(s + " " + (s + 4) + " " + (s - 1) + " " + s.contains(2))
    val stack = mutable.Stack[Int]()
    stack.push(1); stack.push(2); stack.push(3)
    println(stack.pop() + " " + stack.top + " " + stack)
    val q = mutable.Queue[String]()
    q.enqueue("x"); q += "y"
    println(q.dequeue() + " " + q)
    val seen = mutable.HashSet[Int]()
    for (i <- 1 to 30) seen += (i * 17) % 23
    println(seen)
    for ((k, v) <- m) println(k + "=" + v)
    m.foreach { case (k, v) => println(k + ":" + v) }
  }
}
