// Differential test of the buffers' sequence methods, maps' traversals, nested collections' toString; output from scalac 2.11 on JDK 25.
import scala.collection.mutable
import scala.collection.mutable.{ArrayBuffer, ListBuffer}
object Main {
  def main(args: Array[String]): Unit = {
    val b = ArrayBuffer(5, 3, 8, 1, 9, 3)
    println(b.indices.mkString(",") + " " + b.head + " " + b.last + " " + b.tail + " " + b.init)
    println(b.zipWithIndex + " " + b.sortWith(_ > _) + " " + b.distinct + " " + b.count(_ > 3))
    println(b.exists(_ == 9) + " " + b.forall(_ > 0) + " " + b.sum + " " + b.product + " " + b.min)
    println(b.take(2) + " " + b.drop(4) + " " + b.slice(1, 3) + " " + b.takeWhile(_ > 2) + " " + b.reverse)
    println(b.filterNot(_ == 3) + " " + b.map(_.toString) + " " + b.toArray.length + " " + b.isEmpty + " " + b.nonEmpty)
    b.update(0, 50)
    b -= 3
    println(b + " " + b.size)
    b.clear()
    println(b + " " + b.isEmpty)
    val lb = ListBuffer(1.5, 2.5)
    lb.prepend(0.5)
    lb.insert(1, 1.0)
    println(lb + " " + lb.sum + " " + lb.max)
    val m = mutable.HashMap("one" -> 1, "two" -> 2, "three" -> 3)
    m.foreach { case (k, v) => println(k + "=" + v) }
    println(m.toSeq.sortBy(_._2).mkString(";") + " " + m.values.toArray.sorted.mkString(","))
    val words = ArrayBuffer("b", "a", "c")
    words ++= Set("d")
    println(words.sorted + " " + words.sortBy(w => w).reverse)
    val nested = ArrayBuffer(ArrayBuffer(1, 2), ArrayBuffer(3))
    println(nested + " " + Map(1 -> Set(2, 3), 4 -> Set()) + " " + Set(Map("a" -> 1)))
    val sm = mutable.HashSet("x", "y")
    sm.remove("x")
    println(sm.toString + " " + sm.add("z") + " " + sm.add("z") + " " + sm.size)
    val total = m.foldLeft(0)((acc, p) => acc + p._2)
    println(total + " " + m.map(p => p._2).sum)
  }
}
