// Covers: `max`, `min` and `abs` on Char, Byte and Short keep the receiver's type as in Scala (RichChar,
// RichByte, RichShort): a Char prints as a character, Byte.MinValue.abs is -128, and the results fit the type.
object JvmSmallIntMaxMinAbs {
  def main(args: Array[String]): Unit = {
    val c: Char = 'a'
    println(c.max('q'))
    println(c.min('B'))
    val cm: Char = c.max('z')
    println(cm)
    val b: Byte = -128
    println(b.abs)
    println(b.max(5.toByte))
    println(b.min(5.toByte))
    val bb: Byte = (-7).toByte.abs
    println(bb)
    val s: Short = -32768
    println(s.abs)
    val t: Short = (-5).toShort.abs
    println(t)
    println(s.max(100.toShort) + 1)
    println(s.min(100.toShort))
    println(c.max('b') + "|" + b.abs + "|" + t.min(3.toShort))
  }
}
