// Covers: a Long on the left of a Float is computed in Double as scalac compiles it (l2d, f2d, dadd, d2f),
// while a Float on the left of a Long is computed in Float; comparisons likewise (found by the differential tester).
object JvmLongFloatArithmetic {
  def main(args: Array[String]): Unit = {
    val a = 16777217L
    val b = 16777216.0f
    println(a == b)
    println(b == a)
    println(a < b + 1)
    println(a + b)
    println(b + a)
    println(a * 3.0f)
    println((-882164268263L) % 16777217.0f)
    println(16777217.0f % (-882164268263L))
    var f = 1.5f
    f += a
    println(f)
    println(9007199254740993L - 1.0f)
    println(9007199254740993L.toFloat - 1.0f)
  }
}
