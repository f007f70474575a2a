object Obj1 {
  val g2: Double = 9999999.0
  val g3: Long = (~((-32768).toShort).toLong)
  val g4: String = (g3 + (true match { case true => "tab\there" case false => "-0" }))
  val g5: String = s"x=${(if (false) Short.MinValue else (1000).toShort)}x=${'\u0000'}"
}
object Obj6 {
  println("init Obj6")
  val g7: Boolean = true
  def f8(p9: Int, p10: Long): Byte = ((p9 - (-5821130412.99303))).toByte
  def f11(p12: Int, p13: Float): Char = (if ((Float.NaN == p13)) ((0).toByte).toChar else Char.MaxValue)
}
object Main {
  def rec14(n: Int): Long = if (n <= 0) 1L else n + rec14(n - 1) * 3
  def main(args: Array[String]): Unit = {
    println(Obj6.f11(new Array[Byte](1).length, 756.9985961914062f))
    println(false)
    println(Obj6.g7)
    println(172.32424926757812f)
    println(((-0.0) + (("123" match { case "\u00e9t\u00e9" => (1).toByte case "back\\slash" => (42).toByte case _ => (-100).toByte })).toDouble))
    val v15: Long = (-4294967296L)
    println(v15)
    var i16 = 0
    while (i16 < 2) {
      if (false) {
        for (k17 <- -1 to -2) {
          println((42).toByte)
        }
      }
      println("0123456789".charAt(1))
      i16 += 1
    }
    println((((3094737905.6007004).toShort).toLong >>> 123456789012345L))
    println(true)
    println(Obj1.g2)
    val v18: Short = (1000).toShort
    println(v18)
    print((((0.0 % 0xff) % (if (false) Obj1.g2 else (-878.6490683024799))) + (Obj6.f8(2, v15)).toFloat))
    var v19: Long = ((((-0.4608078116260179)).toFloat).toLong * (math.min(1e21, 1e22)).toShort)
    println(v19)
    v19 -= ((v15 * '~') >> 32)
    println(v19)
    val v20: Int = ((-466) * Byte.MaxValue)
    println(v20)
    var v21: Short = (math.min(54.83955383300781f, (-3.4028234E38f))).toShort
    println(v21)
    val v22: Long = math.min((-v15), v19.abs)
    println(v22)
    val v23: Boolean = (Obj6.f11(('~' match { case '\t' => (-1) case '\uffff' => v20 case 'a' => v20 case _ => v20 }), (100.0f).max((-1.0f))) < '\uffff')
    println(v23)
    println(Byte.MinValue)
    println(("0123456789".substring(4) match { case "\u4e2d\u6587" => ((v15 + '\uffff') >>> 255) case "\ud83d\ude00" => math.abs(Char.MinValue.toLong) case "back\\slash" => ((v19 - v20) << (907.9443359375f).toInt) case _ => (-v19) }))
    var v24 = (-((0xffffffffL << 0x7fffffffffffffffL) / ((if (v23) v19 else v15) | 1L)))
    println(v24)
    for (k25 <- 0 until 0) {
      println(Obj6.g7)
    }
    println((-128).toByte)
    var sb26 = ""
    for (j27 <- 0 until 0) {
      sb26 = sb26 + ((v23 match { case true => v22 case false => v19 case _ => v24 }) & (v22 % (v19 | 1L))) + ","
    }
    println(sb26)
    var sb28 = ""
    for (j29 <- 0 until 3) {
      sb28 = sb28 + (s"${"\u00e9t\u00e9"}é${Float.NaN}é${Obj6.g7}" match { case "\ud83d\ude00" => math.max(v22, Long.MinValue) case "x y z" => v15 case _ => ((-72)).toLong }) + ","
    }
    println(sb28)
    println((-9555720326.019096))
    val arr30 = new Array[Int](6)
    arr30(((((1).toByte).toChar >>> 256) & 3)) = ((0x80000000 + v20) / ((127).toShort.toInt | 1))
    for (x31 <- arr30) {
      println(x31)
    }
    println(arr30.length)
    v19 -= (if (v23) ((1000).toShort).toLong else v22)
    println(v19)
    println((((0.6491856228562607 + (-1).toByte)).toLong).toString)
    println(((((-306) & v21) * ('\\').toByte) match { case 1 => ("a" + ('"').toFloat) case _ => "null" }))
    println(rec14(6))
  }
}
