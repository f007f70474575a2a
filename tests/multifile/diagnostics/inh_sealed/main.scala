class Triangle extends Shape { def area: Int = 1 } // expect: error illegal-inheritance "illegal inheritance from sealed class Shape"
object Main {
  def main(args: Array[String]): Unit = println(new Square(2).area)
}
