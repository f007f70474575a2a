// A fully qualified library name the subset lacks is `unsupported`, naming it, never `not found`.
object Main {
  def main(args: Array[String]): Unit = {
    val a = Array(3, 1, 2)
    scala.util.Sorting.quickSort(a) // expect: error unsupported "`scala.util.Sorting.quickSort` from the Scala library"
    val r = scala.util.Random // expect: error unsupported "`scala.util.Random` from the Scala library"
    val t = scala.collection.immutable.TreeMap(1 -> 2) // expect: error unsupported "`scala.collection.immutable.TreeMap` from the Scala library"
    val q = scala.collection.mutable.PriorityQueue[Int]() // expect: error unsupported "`scala.collection.mutable.PriorityQueue` from the Scala library"
    val b = scala.collection.mutable.ArrayBuffer.fill(2)(0) // expect: error unsupported "`scala.collection.mutable.ArrayBuffer.fill` from the Scala library"
    val n = System.nanoTime() // expect: error unsupported "`System.nanoTime` from the Scala library"
    val line = scala.io.StdIn.readLine() // expect: error unsupported "`scala.io.StdIn.readLine` from the Scala library"
    val u = util.Try(1) // expect: error unsupported "`util.Try` from the Scala library"
    val f = math.floorMod(-5, 3) // expect: error unsupported "`math.floorMod` from the Scala library"
  }
}
