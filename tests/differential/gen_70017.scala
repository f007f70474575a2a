object Obj1 {
  println("init Obj1")
  val g2: Byte = (42).toByte
  val g3: Short = (if ((if (true) false else true)) ((-128)).toShort else ('\t').toShort)
  val g4: Char = '\u4e2d'
  def f5(p6: Boolean, p7: Boolean, p8: String): Int = (100 + (-129).toShort)
}
object Obj9 {
  println("init Obj9")
  val g10: Boolean = (if (('~' <= '"')) false else (Char.MaxValue < (-1763727691.7430773)))
  def f11(p12: Byte, p13: String): Char = (if (g10) (if (false) '\uffff' else Obj1.g4) else '\\')
  def f14(p15: Double, p16: Double, p17: Int): Short = ((if (true) Char.MinValue else Obj1.g4)).toShort
}
object Main {
  def f18(p19: Char, p20: Long, p21: String): Long = (-p20)
  def main(args: Array[String]): Unit = {
    val arr22 = new Array[Short](5)
    arr22((Int.MinValue & 3)) = (-129).toShort
    for (x23 <- arr22) {
      println(x23)
    }
    println(arr22.length)
    println(((if (('a' > (128).toShort)) Byte.MaxValue else (136.48519897460938f).toByte) + (((-1) * 2L) & Obj1.g3)))
    for (k24 <- 1 to 1) {
      val v25: Float = ((((-1).toShort >= 4294967296L) match { case true => Obj9.f14(2.5, 2147483647.5, (-399)) case false => Obj9.f14(1.0, 1e23, k24) case _ => ("-0" match { case "a" => (32767).toShort case "hello" => (-129).toShort case _ => (127).toShort }) })).toFloat
      println(v25)
    }
    println((65536 match { case 0 => (1).toByte case 723 => (0).toByte case _ => Obj1.g2 }))
    val v26: Char = Obj1.g4
    println(v26)
    val v27: String = "null"
    println(v27)
    print(Obj1.g3)
    val v28: Float = 1e7f
    println(v28)
    println(f18((if (("-0" == v27)) (v26 match { case '\u4e2d' => v26 case _ => v26 }) else ('\\').toChar), (((-138) match { case 100 => 0L case _ => 800573227265L }) & (-0xffffffffL)), (v26 + (if (true) "tab\there" else "Hello, World!"))))
    val arr29 = Array[Boolean]((if (((-1e19) != (-0.0))) (v27 != v27) else (true match { case true => true case false => false case _ => false })), (if (('\u4e2d' == v26)) false else ('\u20ac' match { case '\'' => false case '~' => true case _ => true })), true, ((255 + "\u00e9t\u00e9") match { case "" => (v26 == '\t') case "123" => (Obj1.g3 >= (-32768).toShort) case _ => (v27 match { case "\n" => true case "quote\"q" => false case _ => false }) }))
    arr29(((('\u0000' / (100 | 1))).max(Obj1.g2.toInt) & 3)) = ((if (true) Obj9.g10 else Obj9.g10) & (if (true) true else Obj9.g10))
    for (x30 <- arr29) {
      println(x30)
    }
    println(arr29.length)
    var v31: Float = ((Obj9.f11(Obj1.g2, v27)).toFloat % Obj1.g4.toShort)
    println(v31)
    var v32: Double = ((if (false) Byte.MinValue.toDouble else (0.5 + (32767).toShort))).min(1921711152.037218)
    println(v32)
    var i33 = 0
    while (i33 < 1) {
      println(Byte.MaxValue)
      println((((770 >>> (-170))).toFloat).max((v31.abs).min((v26 * v28))))
      i33 += 1
    }
    println(Obj1.g3)
    println((math.max(((-741)).min((-128)), 31) match { case 0x80000000 => v32 case 255 => (-(-250.38375860580447)) case _ => v32 }))
    if (false) {
      println((361236312798L).max(((if (Obj9.g10) Byte.MaxValue else (-1).toByte)).toLong))
    } else {
      println((-63))
    }
    val v34: Float = (v26 match { case 'a' => math.abs(v28) case _ => ((0).toShort).toFloat })
    println(v34)
    println(false)
    var i35 = 0
    while (i35 < 2) {
      print(true)
      var i36 = 0
      while (i36 < 1) {
        val v37 = (Obj9.f11(('\\' match { case '\u00e9' => (0).toByte case '~' => (100).toByte case _ => Byte.MinValue }), (677.0965407052179 + v27)) / (1e-4 * (32767).toShort))
        println(v37)
        val v38: Int = 483
        println(v38)
        i36 += 1
      }
      i35 += 1
    }
    println(((65535 + Obj1.g3.toString).length match { case 238 => ((v27 match { case "\u00e9t\u00e9" => "" case _ => v27 }) == s"é${1000000}!") case 65536 => (2147483647 >= new Array[Int](4).length) case _ => ((if (true) false else Obj9.g10) && ('Z' <= '\u4e2d')) }))
    val arr39 = Array[String]((if (false) "été ok".substring(2) else s"$$${Obj1.g4}!"), "-0", ((1 * (-992)) match { case 1 => (if (false) "x y z" else "123") case _ => "été ok".substring(3, 6) }), s" ${(0x7fffffffffffffffL).toByte}$$${0.1}!")
    arr39((((0 % ((1).toByte.toInt | 1)) * Short.MinValue) & 3)) = (Obj1.f5(true, false, v27) match { case 2 => v27 case 802 => (63L).toString case _ => ("\ud83d\ude00" + Char.MaxValue) })
    for (x40 <- arr39) {
      println(x40)
    }
    println(arr39.length)
    println((Obj9.f11(Byte.MaxValue, v27) * (-723)))
    v32 = (math.sqrt(v32) + v32.toFloat)
    println(v32)
    println((if (((Float.PositiveInfinity + v27) != (if (Obj9.g10) v27 else v27))) Byte.MinValue else Int.MinValue.toByte))
    println('\u0000')
    for (k41 <- 2 until 3) {
      println(v31)
    }
    if ((true ^ ((-128) != 0.0f))) {
      println(Obj9.f14(((Obj1.g3 & 173)).toDouble, ((if (false) v32 else 6092432951.489508)).min(9105140272.336617), (v27 + 0.0f).length))
      var i42 = 0
      while (i42 < 0) {
        var sb43 = ""
        for (j44 <- 0 until 2) {
          sb43 = sb43 + ((-128).toByte).toFloat + ","
        }
        println(sb43)
        var v45: Int = i42
        println(v45)
        println((((if (true) true else false) match { case true => v31.toLong case false => (Obj1.g3 - (-250194792737L)) case _ => (737416874845L >> (-3)) }) - ((-(-996862940804L)) << (-2147483648))))
        i42 += 1
      }
      val v46: Float = (if ((556947601416L != Obj1.g3.toFloat)) (v31 / v34) else (-(32 match { case 1 => v31 case _ => v31 })))
      println(v46)
    }
    println((((' ' + 63L) - "xyzé".charAt(0))).toInt)
    println(('\n' match { case '\uffff' => Obj9.f14((0x7fffffff + 1.5), (-6239808877.055407), (v26 & 256)) case 'a' => (((-295)).toChar match { case '"' => (true match { case true => Obj1.g3 case false => (128).toShort case _ => (128).toShort }) case '\\' => (1).toShort case '\u00e9' => Obj9.f14((-5607174863.998449), v32, (-73)) case _ => (-32768).toShort }) case _ => Obj9.f14(1e7, 2147483647.5, new Array[Char](1).length) }))
    var v47: Short = (if ((Obj1.g2.toShort >= (-32768).toShort)) (Obj1.g2.toByte).toShort else v31.toShort)
    println(v47)
    println(new Array[Long](-5).length)
  }
}
