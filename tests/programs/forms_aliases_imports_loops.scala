// Type aliases, imports inside objects and blocks, do-while, `var x: T = _`, procedure syntax.
object Geo {
  val unit = 2
  def area(r: Int): Int = r * r * unit
}
object FormsAliasesImportsLoops {
  import Geo._
  type Num = Int
  type Grid = Array[Array[Num]]
  var counter: Int = _
  var name: String = _
  var flag: Boolean = _
  var d: Double = _
  var c: Char = _
  var l: Long = _
  def show(n: Num) {
    println("n = " + n)
  }
  def main(args: Array[String]) {
    println(area(3) + unit)
    val g: Grid = new Array[Array[Num]](2)
    g(0) = new Array[Num](3)
    println(g(0).length + " " + (g(1) == null))
    var i = 0
    do { i += 1; show(i) } while (i < 3)
    do i += 10 while (i < 5)
    println(i)
    println(counter + " " + name + " " + flag + " " + d + " " + c.toInt + " " + l)
    counter += 5
    println(counter)
    if (counter > 0) {
      import scala.math._
      println(sqrt(16.0) + " " + abs(-3) + " " + Pi)
    }
  }
}
