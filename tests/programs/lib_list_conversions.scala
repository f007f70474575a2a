// Arrays, ranges and Vectors passed to List methods whose parameters are any collection in Scala (zip, ++).
object Main {

  def main(args: Array[String]): Unit = {
    val xs = List("a", "b", "c")
    println(xs.zip(0 until 3) + " " + (xs ++ "d e".split(" ")))
    println(List(1, 2).zip(Array(5L, 6L)) + " " + xs.zipWithIndex.map { case (s, i) => s * (i + 1) })
    println((List(1, 2) ++ (3 to 5)) + " " + List(1.5).zip(Array(2.5)) + " " + List('a').zip("bc".toCharArray))
  }
}
