case class Point(x: Int, y: Int) // expect: error unsupported "case class"

object Main {
  def main(args: Array[String]): Unit = println("points")
}
