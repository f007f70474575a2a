object Obj1 {
  var g2: Boolean = true
  val g3: Boolean = true
  val g4: Long = 0xffffffffL
  val g5: Float = (611.0550537109375f % (if (g3) Short.MinValue else Short.MinValue))
}
object Main {
  def f6(p7: Short, p8: Float, p9: Float): Short = (((0x80000000 / ((-129).toShort.toInt | 1))).toInt match { case 1 => (if ((if (false) true else Obj1.g3)) Short.MinValue else (349.6320363625782).toShort) case _ => ((42).toByte).toShort })
  def f10(): Int = (-1)
  def f11(p12: String, p13: Float): Boolean = ("\ud83d\ude00" != (new Array[Long](2).length match { case 32 => p12 case _ => Char.MinValue.toString }))
  def main(args: Array[String]): Unit = {
    println(f10())
    println(Obj1.g5)
    println(("中文".charAt(1) match { case 'Z' => 1.0 case '\uffff' => (-1425004436.8976793) case 'a' => ((1000).toShort).toDouble case _ => (Double.MinPositiveValue * 1e19) }))
    println((if (Obj1.g3) math.max((123456789012345L & (-332890179042L)), math.min(0L, 2147483648L)) else (if ((true != true)) (true match { case true => Obj1.g4 case false => Obj1.g4 }) else (156199605775L).max(Obj1.g4))))
    println((100).toByte)
    var v14: String = "abcdef".substring(5, 5)
    println(v14)
    var v15: Boolean = (if (false) f11((if (false) v14 else ""), 16777216.0f) else false)
    println(v15)
    println(((0.1f * (0.1f).max((-792.0272216796875f)))).abs)
    val arr16 = new Array[Float](5)
    arr16((2147483647 & 3)) = ((v14 match { case "\u00e9t\u00e9" => Short.MinValue case "\u20ac" => Short.MaxValue case "\u4e2d\u6587" => (-1).toShort case _ => (-1).toShort })).toFloat
    for (x17 <- arr16) {
      println(x17)
    }
    println(arr16.length)
    println(((if (((1).toShort < (-129).toShort)) (-138835474827L) else Short.MaxValue.toLong) == ((-(-4294967296L)) >> (-530))))
    Obj1.g2 = ("hello world".substring(0, 10) == v14)
    println(Obj1.g2)
    println(((v15 match { case true => ((-100).toByte).toChar case false => '\t' }) >> (3.14159).toInt))
    println(Char.MinValue)
    v14 = "\n"
    println(v14)
    println(((((-380) match { case 377 => '\t' case 65535 => 'Z' case _ => '\uffff' }) % (('0' % (32 | 1)) | 1))).toByte)
    for (k18 <- 0 until 3) {
      var v19: Long = math.max(("中文".charAt(1) match { case 'Z' => (~(-541201349203L)) case '\'' => (510700766725L >> (-433)) case _ => Obj1.g4 }), ((-220665284859L) * ('~').toShort))
      println(v19)
    }
    val arr20 = new Array[Boolean](5)
    arr20((255 & 3)) = v15
    for (x21 <- arr20) {
      println(x21)
    }
    println(arr20.length)
    v15 = (v14 == ('\u0000' match { case '\u4e2d' => "quote\"q" case _ => "hello" }))
    println(v15)
    var sb22 = ""
    for (j23 <- 0 until 2) {
      sb22 = sb22 + (' ' match { case '\'' => (if (true) '\t' else '\u0000') case '\\' => '0' case 'a' => (if (v15) '\\' else '\u4e2d') case _ => '\\' }) + ","
    }
    println(sb22)
    println(f11((('\\' match { case '\'' => "back\\slash" case '\\' => v14 case '\uffff' => "\u20ac" case _ => v14 }) + f11(v14, (-433.18890380859375f))), Float.PositiveInfinity))
    for (k24 <- 2 until 5) {
      v14 = v14
      println(v14)
    }
    val v25: Double = (((0x7fffffffffffffffL).toLong).toDouble).abs
    println(v25)
    println(Obj1.g4)
    println((-128).toByte)
    println((1000).toShort)
    val arr26 = Array[Byte]((-128).toByte, (if (f11("-0", Float.NegativeInfinity)) (934).toByte else (-100).toByte), (v15 match { case true => Byte.MaxValue case false => (100).toByte }), (-100).toByte, (if ((v14 != v14)) (if (false) Byte.MinValue else (-1).toByte) else (if (Obj1.g2) Byte.MaxValue else (1).toByte)), (-128).toByte)
    arr26((f10() & 3)) = ((if (false) 4294967296L else 9223372036854775807L)).toByte
    for (x27 <- arr26) {
      println(x27)
    }
    println(arr26.length)
    println((-129).toShort)
    if ((s"é${(-711.4277954101562f)}x=${'~'}] ${(1).toShort}!" != s"x=${v15}!")) {
      if (v15) {
        println(f11(v14, ('\u0000').toFloat))
        if (((if (Obj1.g2) '\n' else Char.MinValue) match { case '\u4e2d' => (v15 | Obj1.g2) case _ => f11("tab\there", Float.NaN) })) {
          println(f10())
        } else {
          println((if (((31 match { case 0x7fffffff => Char.MaxValue case 64 => Char.MinValue case 7 => '\u20ac' case _ => '0' }) < (if (v15) (-128).toByte else (-128).toByte))) (31 > Obj1.g4.toChar) else f11(s"$$${(-834640629802L)}!", (1.0f / 758231580045L))))
        }
        println((math.abs((-9999999.0)) * ((529 match { case 63 => 625 case _ => 0 })).min(0xff)))
      } else {
        for (k28 <- -2 until -1) {
          println(Short.MaxValue)
        }
        val v29: Char = '\n'
        println(v29)
      }
      println(851.3924560546875f)
    } else {
      var v30: Char = "0123456789".charAt(1)
      println(v30)
      println((-576.4810180664062f))
      if ((446 <= 0x80000000)) {
        var sb31 = ""
        for (j32 <- 0 until 1) {
          sb31 = sb31 + math.min((-18667158813L), (Obj1.g4 / ((-382831414528L) | 1L))) + ","
        }
        println(sb31)
        v30 = v30
        println(v30)
      } else {
        val arr33 = new Array[Byte](6)
        arr33((347 & 3)) = ('\u00e9' match { case 'Z' => (1).toByte case '~' => (if (Obj1.g2) (127).toByte else Byte.MinValue) case _ => (127).toByte })
        for (x34 <- arr33) {
          println(x34)
        }
        println(arr33.length)
        println(f6(f6((1.5f).toShort, Byte.MaxValue.toFloat, (-966.020263671875f)), ((0).toByte).toFloat, (if ((v14 != v14)) Obj1.g5 else Obj1.g5)))
      }
    }
    val v35: String = "x y z"
    println(v35)
    println(f6((((127).toByte).toInt).toShort, ((-Float.MinValue) * ((-1L)).toShort), math.min((9223372036854775807L).toFloat, 111.36817932128906f)))
    println("abc".charAt(-1))
  }
}
