object Main {
  def main(args: Array[String]): Unit = {
    val s: Short = 1000
    var b: Byte = 10
    b = (b + 1).toByte
    val ch: Char = 65
    val wide: Long = Int.MaxValue
    val f = 1.5f
    val x: Double = f
    println(s + b + ch + wide)
    println(x / 0)
    println(0x7fffffff + 1)
    println(-7 % 3)
    println(1 << 33)
    println(-1 >>> 28)
  }
}
