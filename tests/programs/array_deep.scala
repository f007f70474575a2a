// `arr.deep` is 2.11's deep view of an array: printed `Array(1, 2)` (held as Any too), its nested arrays deep views as
// well, so that `a.deep == b.deep` compares nested arrays element by element; a live view of the array.
object Main {
  def main(args: Array[String]): Unit = {
    val a = Array(1, 2, 3)
    val d = a.deep
    println(d)
    a(0) = 9
    println(d + " " + d.length + " " + d(0))
    println(Array(1, 2).deep == Array(1, 2).deep)
    println(Array(1, 2).deep == List(1, 2))
    println(Array(1, 2).deep.hashCode == List(1, 2).hashCode)
    val g = Array(Array(1, 2), Array(3))
    println(g.deep)
    println(g.deep == Array(Array(1, 2), Array(3)).deep)
    println(g.deep == Array(Array(1, 2), Array(4)).deep)
    println(Array("a", null).deep)
    println(Array(Array(Array('x')), Array[Array[Char]]()).deep)
    println(Array[Int]().deep)
    val h: Any = a.deep
    println(h + " " + List(a.deep) + " " + a.deep.mkString("-"))
    println(Array(1.5).deep.toString)
    println(s"${Array(true).deep}")
    println(Set(Array(1).deep, Array(1).deep).size)
    println(g.deep.length + " " + g.deep.size + " " + g.deep.isEmpty + " " + Array[Array[Int]]().deep.nonEmpty)
  }
}
