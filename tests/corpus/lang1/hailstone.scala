// Source: Rosetta Code, https://rosettacode.org/wiki/Hailstone_sequence#Scala. Adapted: the sequence of 27 built
// into a StringBuilder with a do-while loop, and the longest sequence below 100,000 found with plain loops.
object Hailstone {
  def length(start: Long): Int = {
    var n = start
    var steps = 1
    while (n != 1) {
      n = if (n % 2 == 0) n / 2 else 3 * n + 1
      steps += 1
    }
    steps
  }

  def main(args: Array[String]): Unit = {
    val sb = new StringBuilder
    var n = 27L
    var count = 0
    do {
      if (count < 4 || n < 10) sb.append(n).append(' ')
      else if (count == 4) sb.append("... ")
      n = if (n % 2 == 0) n / 2 else 3 * n + 1
      count += 1
    } while (n != 1)
    sb.append(1)
    println(sb.toString.trim)
    println("length of 27: " + length(27))
    var best = 1
    var bestLength = 1
    var i = 1
    while (i < 100000) {
      val len = length(i)
      if (len > bestLength) { best = i; bestLength = len }
      i += 1
    }
    println(best + " has the longest sequence below 100000: " + bestLength)
  }
}
