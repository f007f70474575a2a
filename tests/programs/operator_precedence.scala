// Covers: Scala operator precedence and associativity: * / % over + - over shifts
// over comparisons over == != over & over ^ over | over && over ||, unary operators.
object OperatorPrecedence {
  def main(args: Array[String]): Unit = {
    val a = 6
    val b = 4
    val c = 3
    println(a + b * c)
    println((a + b) * c)
    println(a - b - c)
    println(a - (b - c))
    println(a * b / c % 5)
    println(100 / 10 / 5)
    println(1 + 2 << 3)
    println(1 << 2 + 3)
    println(64 >> 1 + 1)
    println(a + b > c * 3)
    println(a < b == c < b)
    println(a != b == true)
    println(true | false & false)
    println(true ^ true | true)
    println((true ^ true) | false)
    println(false && true || true)
    println(false && (true || true))
    println(!false && false)
    println(!(false && false))
    println(-a * -b)
    println(- a + b)
    println(~a + 1)
    println(-(a - b))
    println(a & 3 | 8)
    println(a | 3 & 8)
    println(a ^ 5 & 3)
    println(1 + 2 * 3 - 4 / 2 % 3)
    println(2 + 3 * 4 << 1 >> 2)
    val x = 10
    println(x % 3 * 2)
    println(x * 2 % 3)
    println(-x % 3)
    println(-(x % 3))
    println(1.0 + 2 * 3.5)
    println(7 / 2 * 2.0)
    println(7 / (2 * 2.0))
  }
}
