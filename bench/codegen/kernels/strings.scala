// String building: concatenation with numbers, then reading the built strings back.
object Main {
  def main(args: Array[String]): Unit = {
    var total = 0L
    for (i <- 0 until 200000) {
      val line = "key" + i + "=" + (i * 7) + ";"
      total += line.length
      total += line.charAt(line.length - 2)
    }
    println(total)
  }
}
