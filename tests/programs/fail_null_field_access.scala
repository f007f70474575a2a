// Covers: runtime failure: reading a field through a null reference (NullPointerException). Output printed before the failure must appear;
// the program ends with exit status 1 and the exception's first line on stderr.
class Cell(val value: Int, val next: Cell)

object NullFieldAccess {
  def main(args: Array[String]): Unit = {
    var n = new Cell(1, null)
    n = new Cell(2, n)
    println(n.value + n.next.value)
    println(n.next.next.value)
  }
}
