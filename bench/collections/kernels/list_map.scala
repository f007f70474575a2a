// List.map over 1,000,000 elements, five times, after building the list once (List.range).
object Main {
  def main(args: Array[String]): Unit = {
    val xs = List.range(0, 1000000)
    var total = 0L
    var round = 0
    while (round < 5) {
      val ys = xs.map(x => x * 2 + round)
      total += ys.head + ys.last
      round += 1
    }
    println(total)
  }
}
