class Point(val x: Int, val y: Int)

object Main {
  def main(args: Array[String]): Unit = {
    val p = new Point(1, 2)
    val d = p match { // expect: error unsupported "match"
      case _ => 0
    }
    println(d)
  }
}
