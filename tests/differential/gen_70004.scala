object Obj1 {
  var g2: Float = ('"' match { case '\u20ac' => (1e7f * (32767).toShort) case _ => (-875.1553344726562f) })
  def f3(p4: Char, p5: Boolean): Long = math.abs(9223372036854775807L)
}
object Obj6 {
  println("init Obj6")
  val g7: Short = (-32768).toShort
  var g8: Int = (-685)
  val g9: Int = 7
  def f10(p11: Byte): Long = 1L
}
object Obj12 {
  println("init Obj12")
  var g13: Boolean = ((if (true) (127).toByte else Byte.MaxValue) != Byte.MaxValue.toByte)
  var g14: String = "a"
  val g15: Char = (if ((false | g13)) ((-1).toShort).toChar else ('\\').toChar)
  def f16(p17: Short, p18: Float, p19: Short): Int = (65535 / ((g15 & (-127)) | 1))
}
object Main {
  def f20(): Double = (915).toDouble
  def f21(p22: Long, p23: Double): Double = (-(('\'' * p23)).max(((32767).toShort).toDouble))
  def main(args: Array[String]): Unit = {
    println((256 match { case 1000000 => new Array[Double](3).length case 2 => (Obj12.g15 % (((-1).toByte ^ 1) | 1)) case _ => (math.min(743, (-0x10)) % (("quote\"q" + Obj12.g14).length | 1)) }))
    print((if ((("\u4e2d\u6587" + 30101812532L) != "123")) "back\\slash" else ("hello" + (Obj1.g2 % Obj1.g2))))
    println((('\t' match { case '\'' => (-454339383877L) case _ => 9223372036854775807L }) << (-128)))
    for (k24 <- 0 to 4) {
      var v25: Short = k24.toShort
      println(v25)
      println((-634))
      for (k26 <- 0 until -1) {
        println(Obj6.g8)
        Obj12.g13 = true
        println(Obj12.g14)
      }
    }
    var i27 = 0
    while (i27 < 0) {
      var sb28 = ""
      for (j29 <- 0 until 1) {
        sb28 = sb28 + Byte.MinValue + ","
      }
      println(sb28)
      i27 += 1
    }
    println(f21(300924279554L, ((1L % (-0.9218032705598029)) * 0.1323157642825752)))
    println((-32768).toShort)
    if ((Obj12.g14 != ('Z' match { case 'a' => "Hello, World!" case _ => "back\\slash" }))) {
      val arr30 = new Array[Long](6)
      arr30((new Array[Char](1).length.min((0xff - 0x80000000)) & 3)) = 2L
      for (x31 <- arr30) {
        println(x31)
      }
      println(arr30.length)
      print(math.min(1e21, f20()))
    } else {
      println(((Byte.MaxValue << Int.MaxValue)).toShort)
      var sb32 = ""
      for (j33 <- 0 until 4) {
        sb32 = sb32 + (j33.min(j33) match { case 0x80000000 => Double.MaxValue case _ => 711.5301792863652 }) + ","
      }
      println(sb32)
      println(((Obj12.g15 match { case ' ' => ' ' case _ => ('\u4e2d').toChar }) match { case '\\' => (Obj12.f16(Obj6.g7, 1e7f, Short.MinValue)).min(256) case '\u4e2d' => ((-128).toByte).toInt case '\uffff' => math.max(((-556) + Short.MaxValue), (256 >> Int.MaxValue)) case _ => (((1).toShort).toShort >>> ((-1).toShort + Obj6.g9)) }))
    }
    Obj1.g2 = 630.6369018554688f
    println(Obj1.g2)
    println(((('\u00e9').toFloat * (9223372036854775807L + Char.MaxValue)) == (if (Obj12.g13) Float.NaN.abs else ((1).toByte).toFloat)))
    var sb34 = ""
    for (j35 <- 0 until 3) {
      sb34 = sb34 + ((127).toByte).toByte + ","
    }
    println(sb34)
    var sb36 = ""
    for (j37 <- 0 until 1) {
      sb36 = sb36 + (((-377.3495788574219f) * (-1L))).max(('a' * Obj1.g2)) + ","
    }
    println(sb36)
    var i38 = 0
    while (i38 < 4) {
      print((-0.8435509482107735))
      println(0.1f)
      i38 += 1
    }
    println((-(329 match { case 2147483647 => (64L).toFloat case _ => (if (true) 892.199951171875f else Float.PositiveInfinity) })))
    val arr39 = Array[Short](Obj12.g15.toShort, (if (((-100).toByte != (-1).toByte)) (if (false) (128).toShort else Obj6.g7) else (-32768).toShort), ('~' match { case '\n' => (if (true) (1).toShort else Short.MinValue) case '\u0000' => (480159403320L).toShort case '~' => (32767).toShort case _ => ((127).toByte).toShort }), ((0xff & (1).toShort) match { case 63 => (if (true) Obj6.g7 else Obj6.g7) case 655 => Short.MinValue case _ => Short.MinValue }), ((Obj12.g14 match { case "null" => "hello" case _ => "x y z" }) match { case "-0" => Obj6.g7 case "a" => ((1).toByte).toShort case _ => (if (true) (127).toShort else (1000).toShort) }), (-1).toShort)
    arr39((((if (true) (0).toByte else (100).toByte) / (123456789 | 1)) & 3)) = (-129).toShort
    for (x40 <- arr39) {
      println(x40)
    }
    println(arr39.length)
    val v41 = (((if (true) 'Z' else '\u20ac') * (Short.MinValue - 4294967296L)) | (if (Obj12.g13) Obj6.f10((-128).toByte) else ((-286089097729L) ^ 985946853276L)))
    println(v41)
    var i42 = 0
    while (i42 < 2) {
      var sb43 = ""
      for (j44 <- 0 until 4) {
        sb43 = sb43 + new Array[Short](5).length + ","
      }
      println(sb43)
      println(((if ((i42 match { case 100 => true case 123456789 => true case _ => false })) (!Obj12.g13) else (!true)) == (Obj12.g13 || true)))
      i42 += 1
    }
    println("0123456789".charAt(9))
    var sb45 = ""
    for (j46 <- 0 until 0) {
      sb45 = sb45 + 9999999.0 + ","
    }
    println(sb45)
    var v47: Float = ((if ((if (false) true else false)) Obj12.g15 else Obj12.g15)).toFloat
    println(v47)
    println(Obj6.g9)
    println(("abcdef".substring(5) match { case "-0" => (-v41) case _ => (if ((Obj12.g14 == "Hello, World!")) (v41 | 130323321402L) else math.min(681436233345L, 123456789012345L)) }))
    println((((1.0E7 / 2) + (Obj1.g2 * (-852.2459716796875f))) / v41.toChar))
    var i48 = 0
    while (i48 < 0) {
      println((false match { case true => "hello world".substring(8, 8) case false => ("a" match { case "-0" => ('\u00e9' + "back\\slash") case "\ud83d\ude00" => (Obj12.g13 + "hello") case "a" => s"${i48}x=${false}$$${i48}." case _ => Obj12.g15.toString }) }))
      for (k49 <- -2 to 0) {
        println(f20())
        println(Obj6.g8)
        v47 -= ("xyzé".charAt(2) match { case ' ' => 0.0f case '"' => (1e-4).toFloat case _ => (if (false) 0.5f else v47) })
        println(v47)
      }
      v47 %= v47
      println(v47)
      i48 += 1
    }
    var v50: Char = Char.MinValue
    println(v50)
    println((Obj12.g13 || (1000000 match { case 256 => (true & Obj12.g13) case _ => (v41 != v41) })))
    print((if (("abcdef".substring(3, 6) != ((0).toByte + "123"))) 123456789.125 else ((if (false) v50 else v50) match { case '\t' => (false match { case true => 9.223372036854776E18 case false => 0.5 }) case '\u20ac' => ((-1e19) / Char.MinValue) case _ => ((-6713656039.665203)).toDouble })))
    println(Obj6.g8)
    v50 = ('\u00e9' match { case '"' => v50 case '\n' => (1e-4).toChar case _ => (if (false) '\u4e2d' else v50) })
    println(v50)
    println(Obj12.g13)
  }
}
