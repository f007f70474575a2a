// Vector(...) and IndexedSeq(...) literals and the Vector[T] type (the array-backed IndexedSeq), updated, +: and :+,
// nested Vectors, equality; Array's +: and updated.
object LibraryVectors {
  def main(args: Array[String]): Unit = {
    val v = Vector(1, 2, 3)
    val s = IndexedSeq(4, 5)
    val i = IndexedSeq("a", "b")
    println(v + " " + s + " " + i + " " + (v == Vector(1, 2, 3)) + " " + v(1) + " " + v.length)
    val vv = Vector(Vector("A2", "B2"), Vector("C1"))
    println(vv + " " + vv.map(_.length))
    println(v.updated(1, 9) + " " + (v :+ 4) + " " + (0 +: v) + " " + v.isEmpty)
    More.run()
  }
}
object More {
  def t(f: => Any): Unit = try println(f) catch { case e: Throwable => println(e) }
  def sum(v: Vector[Int]): Int = v.sum
  def run(): Unit = {
    val v: Vector[Int] = Vector(3, 1, 2)
    val w: IndexedSeq[String] = IndexedSeq("x")
    t(sum(v) + " " + v.sorted + " " + w.updated(0, "y") + " " + ("z" +: w :+ "q"))
    t(v.updated(3, 0))
    t(v.updated(-1, 0))
    val grid = Vector(Vector(1, 2), Vector(3, 4))
    t(grid(1)(0) + " " + grid.map(_.sum) + " " + (grid == Vector(Vector(1, 2), Vector(3, 4))))
    val a = Array(1, 2)
    t((0 +: a).mkString(",") + " " + a.updated(0, 5).mkString(","))
  }
}
