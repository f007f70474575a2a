// Covers: math.max / math.min / math.abs / math.sqrt on Int, Long and Double,
// including abs(Int.MinValue), NaN and signed-zero behaviour.
object MathFunctions {
  def main(args: Array[String]): Unit = {
    println(math.max(3, 7))
    println(math.min(3, 7))
    println(math.max(-3, -7))
    println(math.abs(-42))
    println(math.abs(42))
    println(math.abs(Int.MinValue))
    println(math.abs(Int.MinValue + 1))
    println(math.max(10L, 20L))
    println(math.min(-5000000000L, 3L))
    println(math.abs(-9000000000L))
    println(math.abs(Long.MinValue))
    println(math.max(1.5, 2.5))
    println(math.min(1.5, 2.5))
    println(math.abs(-2.75))
    println(math.abs(-0.0))
    println(math.min(-0.0, 0.0))
    println(math.max(-0.0, 0.0))
    println(math.max(Double.NaN, 1.0))
    println(math.min(1.0, Double.NaN))
    println(math.sqrt(2))
    println(math.sqrt(16.0))
    println(math.sqrt(2.25))
    println(math.sqrt(1e10))
    println(math.sqrt(-4))
    println(math.sqrt(0.0))
    println(math.sqrt(-0.0))
    println(math.max(3, 4L))
    println(math.max(2, 2.5))
    val a = 17
    val b = -4
    println(math.max(math.abs(b), a % 5))
    println(math.min(a, b) * math.max(a, b))
    var best = Int.MinValue
    val arr = Array(5, -3, 12, 7, 12, -20)
    for (x <- arr) best = math.max(best, x)
    println(best)
    var hyp = math.sqrt(3.0 * 3.0 + 4.0 * 4.0)
    println(hyp)
    println(math.sqrt(10).toInt)
  }
}
