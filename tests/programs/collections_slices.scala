// Differential test of take/drop/slice/distinct/++ over arrays of tuples, buffers of buffers and maps; output from scalac 2.11 on JDK 25.
import scala.collection.mutable.ArrayBuffer
object Main {
  def main(args: Array[String]): Unit = {
    val ps = Array((1, "a"), (2, "b"), (1, "a"))
    println(ps.take(2).mkString + " " + ps.drop(1).mkString + " " + ps.distinct.mkString + " " + (ps :+ ((3, "c"))).length)
    val bs = ArrayBuffer(ArrayBuffer(1, 2), ArrayBuffer(3))
    println(bs.take(1) + " " + bs.reverse + " " + (bs ++ bs).length)
    val m = Map(1 -> "x", 2 -> "y", 3 -> "z")
    println(m.take(2) + " " + m.drop(1) + " " + m.slice(1, 2) + " " + m.takeRight(1))
  }
}
