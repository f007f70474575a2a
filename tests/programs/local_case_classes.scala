// Case classes defined in a method and inside a class: built without `new`, printed, compared, copied and matched,
// the local one capturing the method's val, the inner one reading its enclosing instance.
class Board(val width: Int) {
  case class Cell(x: Int, y: Int) {
    def index: Int = y * width + x
  }
  def cells: Array[Cell] = Array(Cell(0, 0), Cell(2, 1), Cell(1, 2))
}

object Main {
  def main(args: Array[String]): Unit = {
    val unit = "cm"
    case class Size(w: Int, h: Int) {
      def area: Int = w * h
      def show: String = w + unit + " x " + h + unit
    }
    val a = Size(2, 3)
    val b = a.copy(h = 5)
    println(a + " " + b + " " + (a == Size(2, 3)) + " " + (a == b) + " " + (a.hashCode == Size(2, 3).hashCode))
    println(b.show + " " + b.area)
    for (s <- Array(a, b, Size(0, 7))) {
      val text = s match {
        case Size(0, h) => "flat " + h
        case Size(w, 3) => "three high, " + w + " wide"
        case other => "other " + other.area
      }
      println(text)
    }
    val board = new Board(4)
    println(board.cells.map(_.index).mkString(","))
    println(board.cells(1) + " " + (board.cells(1) == board.Cell(2, 1)))
  }
}
