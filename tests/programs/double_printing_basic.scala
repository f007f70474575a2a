// Covers: Double.toString formatting: plain decimal between 1e-3 and 1e7,
// scientific notation outside it, shortest round-trip digits, negative zero.
object DoublePrintingBasic {
  def main(args: Array[String]): Unit = {
    println(0.1 + 0.2)
    println(0.1)
    println(100.0)
    println(1e7)
    println(9999999.0)
    println(1234567.0)
    println(12345678.0)
    println(1.0E-4)
    println(0.001)
    println(0.0001234)
    println(1.0E10)
    println(1e21)
    println(1e22)
    println(1.0 / 3)
    println(2.0 / 3)
    println(-0.0)
    println(0.0)
    println(-1.5)
    println(1.1 * 100)
    println(3.0 * 1.1)
    println(7.0 / 6)
    println(123.456)
    println(1e-10)
    println(-2.5e-5)
    println(1e100)
    println(4.35)
    println(100.0 / 3)
    println(0.5 + 0.25 + 0.125)
    println(1e15 + 0.3)
    println(1e16)
    println(2.0 * 1e6)
    println(-1234567.125)
    val x = 0.1
    var sum = 0.0
    var i = 0
    while (i < 10) {
      sum += x
      i += 1
    }
    println(sum)
    println(sum == 1.0)
    println("x = " + 2.5)
    println(s"y = ${1.0 / 8}")
  }
}
