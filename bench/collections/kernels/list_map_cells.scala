// The floor under list_map: the same work on hand-written monomorphic cells of Int (no generic code, no boxes, no
// closure), so that list_map's ratio can be read against what allocation alone costs on each side.
final class IntCell(val head: Int, var tail: IntCell)

object Main {
  def main(args: Array[String]): Unit = {
    var xs: IntCell = null
    var i = 999999
    while (i >= 0) { xs = new IntCell(i, xs); i -= 1 }
    var total = 0L
    var round = 0
    while (round < 5) {
      val first = new IntCell(xs.head * 2 + round, null)
      var last = first
      var p = xs.tail
      while (p != null) {
        val c = new IntCell(p.head * 2 + round, null)
        last.tail = c
        last = c
        p = p.tail
      }
      total += first.head + last.head
      round += 1
    }
    println(total)
  }
}
