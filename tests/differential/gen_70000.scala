object Obj1 {
  println("init Obj1")
  val g2: Double = (-204.45034057828252)
  val g3: Long = (-123456789012345L)
  val g4: Double = (((-667505996873L) ^ 127906199451L) - 1e-3)
  val g5: String = "123"
  def f6(p7: Int): Int = (new Array[Int](3).length % ((if (false) '\t' else Char.MaxValue).toInt | 1))
  def f8(p9: Short, p10: Double): Boolean = ((true match { case true => 'a' case false => '\u4e2d' case _ => '\u4e2d' }) >= '\uffff')
}
object Obj11 {
  println("init Obj11")
  val g12: Long = (-4294967296L)
  var g13: Float = (-997.665283203125f)
  val g14: Int = ('\n' >> 0x80000000)
  val g15: Char = Char.MaxValue.toChar
}
object Main {
  def main(args: Array[String]): Unit = {
    println(Obj1.f6(math.max((63 / ((32767).toShort.toInt | 1)), new Array[Short](3).length)))
    for (k16 <- 0 to 2) {
      println(((1e-3f).toShort / (((-123456789) ^ (-128).toByte) | 1)))
      val v17: Char = ((~((-1.0f)).toInt)).toChar
      println(v17)
      println(Obj1.g5)
    }
    var v18: Short = (((1.0 + Obj1.g4) + (65535 >>> 64))).toShort
    println(v18)
    println(Obj1.f8((if ((Obj1.g4 <= (-199.79780188203074))) (if (true) v18 else v18) else ('a').toShort), (((-128).toByte).toByte).toDouble))
    v18 = (if (true) (1000000).toShort else (if (true) (1).toShort else v18))
    println(v18)
    println('\u4e2d')
    println(math.max((v18.toFloat / ((0).toByte).toInt), math.max(Obj11.g15.toFloat, Float.NaN.abs)))
    if (false) {
      v18 = (math.max(64L, 182028815201L)).toShort
      println(v18)
      val v19: Int = (((-1).toByte >> 255) ^ (Double.NegativeInfinity.toFloat).toShort)
      println(v19)
    } else {
      println((-1.0))
      println(Short.MaxValue)
    }
    println((((if (false) Obj11.g15 else Obj11.g15)).toShort).toShort)
    println(Obj1.g4)
    println(((if (true) (554.1753573699625).toChar else ((-12.557823181152344f)).toChar) match { case '0' => (if ((v18 == v18)) ("quote\"q" match { case "quote\"q" => (1000).toShort case "tab\there" => v18 case _ => v18 }) else v18.toShort) case 'Z' => v18 case _ => (128).toShort }))
    var v20: String = (Obj1.f8((32767).toShort, (2147483647 % Obj1.g4)) + (s"[${Double.MinPositiveValue}$$${'0'}" + false))
    println(v20)
    var i21 = 0
    while (i21 < 4) {
      print(Obj11.g14)
      println(((if (((1).toByte < (-100).toByte)) true else (if (false) false else true)) match { case true => (((-723980595727L) - Long.MinValue)).toByte case false => Short.MaxValue.toByte }))
      v18 = ("中文".charAt(0)).toShort
      println(v18)
      i21 += 1
    }
    println(((Obj1.f8(v18, Double.NegativeInfinity) && false) match { case true => 255.08953857421875f case false => Float.NaN case _ => Obj11.g13 }))
    println(((v18.toChar).toString match { case "123" => true case "a" => ((if (false) v20 else v20) == v20) case _ => Obj1.f8((true match { case true => v18 case false => (-1).toShort case _ => (127).toShort }), Obj1.g2.abs) }))
    print(((0).toByte < (if ((!false)) (2147483647.5).toByte else (true match { case true => (-1).toByte case false => (127).toByte case _ => (1).toByte }))))
    println(((-129).toShort).toLong)
    v20 = v20
    println(v20)
    val arr22 = new Array[String](5)
    arr22(((696 * (-31)) & 3)) = (Byte.MaxValue + Char.MaxValue.toString)
    for (x23 <- arr22) {
      println(x23)
    }
    println(arr22.length)
    var i24 = 0
    while (i24 < 1) {
      println('0')
      i24 += 1
    }
    for (k25 <- -2 until -3) {
      println(("abc".charAt(2) + 123456789012345L))
    }
    v20 = v20
    println(v20)
    v20 = (if ((v18 == v18)) "\ud83d\ude00" else v20)
    println(v20)
    for (k26 <- -1 until -1) {
      println(Obj1.f6(((707 >> k26) & Obj1.f6(k26))))
      println(Obj1.g5)
    }
    for (k27 <- -2 until 0) {
      println(("\u20ac" + ((1.0E7).toChar < Obj1.g2)))
      val v28 = ((math.min(1e-3f, 9999999.0f)).toChar).toInt
      println(v28)
      val arr29 = Array[Byte]((-128).toByte, (-128).toByte, (42).toByte, (-100).toByte)
      arr29((math.min((v28 / (k27 | 1)), (v28 + Obj11.g15)) & 3)) = ((k27 * v28)).toByte
      for (x30 <- arr29) {
        println(x30)
      }
      println(arr29.length)
    }
    v20 = (((-703.3912963867188f)).toChar match { case ' ' => ("123" + Byte.MinValue) case '\t' => "\u20ac" case '~' => (if (true) v20 else "quote\"q") case _ => "été ok".substring(5, 5) })
    println(v20)
    println(Obj11.g14)
    println((256).toChar)
    for (k31 <- -2 until -3) {
      println((v20 match { case "\ud83d\ude00" => v18 case "tab\there" => (if (false) (if (true) v18 else v18) else (k31 match { case 0 => Short.MinValue case _ => v18 })) case _ => ((0x80000000 match { case 0x7fffffff => (-1).toByte case 255 => (-128).toByte case _ => Byte.MinValue })).toShort }))
      println(((if (true) '\u20ac' else '"') match { case 'Z' => Obj11.g15 case '\u20ac' => "abc".charAt(1) case '\uffff' => '\uffff' case _ => ((if (false) k31 else Int.MaxValue)).toChar }))
    }
    var v32: Float = (4294967296L).toFloat
    println(v32)
  }
}
