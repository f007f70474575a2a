class Point(val x: Int, val y: Int)

object Main {
  def main(args: Array[String]): Unit = {
    val p = new Point(1, 2)
    println(p.x + p.z) // expect: error not-a-member "z"
    println(p.y)
  }
}
