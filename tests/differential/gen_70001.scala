object Obj1 {
  println("init Obj1")
  val g2: Float = 3.3333333f
  var g3: Byte = (-1).toByte
}
object Main {
  def f4(p5: Double, p6: String, p7: Long): String = p6
  def f8(p9: Boolean, p10: Long): String = "été ok".substring(4, 6)
  def f11(p12: String): Long = ((~((-296)).abs) & ((-285147680523L) % ((p12 match { case "" => '0' case "Hello, World!" => '\\' case "a" => '\'' case _ => '\u0000' }).toInt | 1)))
  def main(args: Array[String]): Unit = {
    println(((if (("a" == "tab\there")) s"x=${(-745.127723440826)}[${3.3333333f}" else ("x y z" match { case "-0" => "" case _ => "Hello, World!" })) + Byte.MaxValue).length)
    val v13: Char = '\u0000'
    println(v13)
    println(((9223372036854775807L).max((9223372036854775807L).max((-1L))) * 299))
    val v14: Char = v13
    println(v14)
    val v15: Boolean = true
    println(v15)
    println("\n")
    println(v14.toDouble)
    println((Int.MinValue match { case 0x80000000 => (((42).toByte).toByte != (if (false) Byte.MaxValue else (42).toByte)) case _ => ("a" match { case "123" => v15 case "\u20ac" => ((-32768).toShort > (1).toShort) case "quote\"q" => ("\u00e9t\u00e9" != "tab\there") case _ => ("\u20ac" != "\n") }) }))
    println((((1.0f).toDouble * 0.001) * (-589)))
    val v16: Short = (s"é${(if (v15) 0L else 9223372036854775807L)}!" match { case "-0" => Short.MaxValue case "\u4e2d\u6587" => ("\u4e2d\u6587" match { case "\u4e2d\u6587" => v13.toShort case "null" => v13.toShort case _ => (if (v15) (-1).toShort else Short.MinValue) }) case "hello" => ((-100).toByte).toShort case _ => (((-762.2337036132812f)).toFloat).toShort })
    println(v16)
    println(Obj1.g3)
    println(f4((-40.39642454472744), "0123456789".substring(3), (math.max(63L, Long.MaxValue) - (1e22).toLong)))
    if ((("a" match { case "123" => v16 case "x y z" => v16 case _ => Short.MinValue }) != (if (false) v16 else (127).toShort))) {
      val arr17 = new Array[Short](4)
      arr17((((-Int.MaxValue) * ((1).toShort * 0)) & 3)) = v16
      for (x18 <- arr17) {
        println(x18)
      }
      println(arr17.length)
      println((-(-(v16 + "a").length)))
    }
    println(31)
    println((Long.MaxValue & (-914105895959L)))
    println("xyzé".charAt(1))
    println(f4(((2147483647 < 123456789) match { case true => ((1).toByte - 1.0E7) case false => ((-1) + 1e7) }), ("" + (v13 match { case '\u00e9' => Obj1.g2 case '\u20ac' => 16777216.0f case _ => Obj1.g2 })), (if (v15) (-9223372036854775808L) else (if (v15) (-914201662970L) else 2L))))
    println((1000000 match { case 1000000 => (if (('Z' < (-100).toByte)) ("" match { case "-0" => v14 case "hello" => '"' case "null" => v13 case _ => ' ' }) else (if (v15) v14 else v13)) case 64 => ((if (false) '\u20ac' else '"') match { case '0' => (123456789012345L).toChar case '\n' => (if (v15) v13 else ' ') case _ => '\t' }) case _ => (Byte.MinValue.toInt match { case 1000000 => v13 case _ => "中文".charAt(1) }) }))
    if (true) {
      val arr19 = new Array[Char](4)
      arr19(((((1).toByte % ((-99) | 1)) match { case 123456789 => (193 << (-362)) case _ => (-128) }) & 3)) = v16.toChar
      for (x20 <- arr19) {
        println(x20)
      }
      println(arr19.length)
    }
    for (k21 <- 0 to 1) {
      if ((f8(v15, (-462724583499L)) != "été ok".substring(1))) {
        for (k22 <- 2 to 4) {
          println(v16)
        }
        var sb23 = ""
        for (j24 <- 0 until 4) {
          sb23 = sb23 + ((v16 << 31)).max(math.abs(Int.MinValue)) + ","
        }
        println(sb23)
        var sb25 = ""
        for (j26 <- 0 until 3) {
          sb25 = sb25 + (100).toChar + ","
        }
        println(sb25)
      } else {
        println(f4((((-995) match { case 459 => 1e7 case _ => 0.30000000000000004 }) + ((0).toShort * Double.PositiveInfinity)), "x y z", 64L))
        var v27: Boolean = true
        println(v27)
        println((((' ' & (-186103433076L))).toLong + (((-4294967296L) ^ 161596471133L)).toShort))
      }
    }
    for (k28 <- 0 to -1) {
      var i29 = 0
      while (i29 < 0) {
        var i30 = 0
        while (i30 < 0) {
          println(f11("\u4e2d\u6587"))
          i30 += 1
        }
        i29 += 1
      }
      var sb31 = ""
      for (j32 <- 0 until 0) {
        sb31 = sb31 + v13.toFloat + ","
      }
      println(sb31)
    }
    println(f11(("\n" + ("quote\"q" + "a"))))
    val v33: Boolean = ((-7) match { case 1 => (("back\\slash" == "x y z") && ('\t' match { case '\uffff' => true case _ => false })) case _ => (v15 != (0x80000000 == 33)) })
    println(v33)
    println(((Short.MaxValue.toChar).toDouble % (1e-4 * (0x80000000).toChar)))
    for (k34 <- -1 until -1) {
      val arr35 = Array[Short]((true match { case true => (0).toShort case false => (if (v33) Short.MaxValue else (32767).toShort) case _ => v16 }), v16, (32767).toShort, (("\u4e2d\u6587" match { case "\n" => (-0.7161778820082496) case _ => 9.223372036854776E18 })).toShort, (if (v15) (127).toShort else (250.11858908491627).toShort), Short.MaxValue)
      arr35(((v16 + (k34 - v14)) & 3)) = (v14 match { case 'a' => (if (false) Short.MaxValue else (127).toShort) case _ => v13.toShort })
      for (x36 <- arr35) {
        println(x36)
      }
      println(arr35.length)
    }
    println(f4(9.223372036854776E18, (v16.toInt match { case 1000000 => "été ok".substring(2, 3) case 3 => ((-291)).toString case _ => "a" }), (f11("\ud83d\ude00") % (v14.toInt | 1))))
    println((math.min(((-789.1043701171875f)).toFloat, Obj1.g2)).toFloat)
    println((if (false) v33 else v33))
    println((v33 match { case true => Obj1.g2 case false => (if (("x y z" != "\u20ac")) (-1.0f) else (-569.2172241210938f)) }))
    println((if (v33) new Array[Short](2).length else ((v13 match { case '\t' => Short.MinValue case '\uffff' => (1000).toShort case 'a' => v16 case _ => (-32768).toShort }) * Obj1.g3.toInt)))
    println(math.max((-1), 1) / (0 * (63 - (-204))))
  }
}
