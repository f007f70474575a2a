// Differential test of mutable.Stack and Queue (2.11's: the top first) and the collections' exceptions; output from scalac 2.11 on JDK 25.
import scala.collection.mutable
object Main {
  def main(args: Array[String]): Unit = {
    val s = mutable.Stack[Int]()
    for (i <- 1 to 5) s.push(i)
    println(s + " " + s(0) + " " + s(4) + " " + s.top + " " + s.mkString(",") + " " + s.map(_ * 2) + " " + s.size)
    println(s.pop() + " " + s.pop() + " " + s)
    for (x <- s) print(x)
    println()
    val q = mutable.Queue[Int]()
    q ++= Array(1, 2, 3)
    println(q + " " + q.front + " " + q.map(_ + 1) + " " + q.sum)
    try { mutable.Stack[Int]().pop() } catch { case e: NoSuchElementException => println(e) }
    try { mutable.Stack[Int]().top } catch { case e: NoSuchElementException => println(e) }
    try { mutable.Queue[Int]().dequeue() } catch { case e: NoSuchElementException => println(e) }
    try { mutable.Queue[Int]().front } catch { case e: NoSuchElementException => println(e) }
    val b = mutable.ArrayBuffer(1, 2)
    try { b(5) } catch { case e: IndexOutOfBoundsException => println(e) }
    try { b.remove(7) } catch { case e: IndexOutOfBoundsException => println(e) }
    val l = mutable.ListBuffer(1, 2)
    try { l.remove(7) } catch { case e: IndexOutOfBoundsException => println(e) }
    try { Map(1 -> 2)(3) } catch { case e: NoSuchElementException => println(e) }
    try { mutable.HashMap(1 -> 2)(3) } catch { case e: NoSuchElementException => println(e) }
    try { mutable.HashMap("a" -> 2)("b") } catch { case e: NoSuchElementException => println(e) }
    val st = scala.collection.mutable.Stack(1, 2, 3)
    println(st + " " + st.top + " " + st.pop() + " " + st)
  }
}
