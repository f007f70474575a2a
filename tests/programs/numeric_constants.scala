// Covers: the bounds constants of every numeric type and arithmetic next to them.
object NumericConstants {
  def main(args: Array[String]): Unit = {
    println(Int.MaxValue)
    println(Int.MinValue)
    println(Long.MaxValue)
    println(Long.MinValue)
    println(Short.MaxValue)
    println(Short.MinValue)
    println(Byte.MaxValue)
    println(Byte.MinValue)
    println(Char.MaxValue.toInt)
    println(Char.MinValue.toInt)
    println(Float.MaxValue)
    println(Float.MinPositiveValue)
    println(Double.MaxValue)
    println(Double.MinPositiveValue)
    println(Short.MaxValue + 1)
    println(Byte.MinValue - 1)
    println((Short.MaxValue + 1).toShort)
    println((Byte.MinValue - 1).toByte)
    println(Int.MaxValue.toLong + Int.MaxValue)
    println(Long.MaxValue.toDouble)
    println(Int.MinValue.toDouble)
    println(Int.MaxValue.toDouble)
    println(Byte.MaxValue * Byte.MaxValue)
    val x: Long = Int.MinValue
    println(x - 1)
  }
}
