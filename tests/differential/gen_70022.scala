object Obj1 {
  println("init Obj1")
  val g2: Char = '\u20ac'
  var g3: Float = 0.1f
  var g4: String = s"${('\u00e9' ^ 0)} ${Byte.MaxValue.toByte}."
  def f5(): Float = (g3 + g3)
  def f6(p7: Double, p8: Boolean, p9: Int): String = (if ((1L != (-4294967296L))) (g4 + g4) else (g4 + 214.9550942872204))
}
object Main {
  def main(args: Array[String]): Unit = {
    println(Obj1.f6((((-250.41568710989213) - (-830322110918L)) / ((127).toShort).toFloat), true, (-358)))
    var sb10 = ""
    for (j11 <- 0 until 4) {
      sb10 = sb10 + true + ","
    }
    println(sb10)
    val v12: Short = (16777216.0f).toShort
    println(v12)
    Obj1.g4 = (Obj1.g4 + (if (false) v12 else v12))
    println(Obj1.g3)
    var v13: Byte = ((new Array[Short](2).length match { case 63 => (-100).toByte case _ => (if (false) (1).toByte else Byte.MaxValue) })).toByte
    println(v13)
    var sb14 = ""
    for (j15 <- 0 until 4) {
      sb14 = sb14 + (v12 ^ (544.3133931352902).toInt) + ","
    }
    println(sb14)
    println((31 match { case 123456789 => ((0.5596649971012988).max(1.0)).toInt case 32 => ((true match { case true => Int.MinValue case false => 0 }) * Double.MinValue.toInt) case _ => (-0x10) }))
    println(true)
    println(true)
    println(((578.3138427734375f).toDouble % (Char.MaxValue match { case '\u4e2d' => Short.MinValue case _ => (123456789012345L).toShort })))
    for (k16 <- -2 until -1) {
      val v17: Boolean = (true ^ false)
      println(v17)
      println(64L)
      var i18 = 0
      while (i18 < 1) {
        println(Obj1.f5())
        i18 += 1
      }
    }
    println(123456789012345L)
    for (k19 <- -1 until -1) {
      var sb20 = ""
      for (j21 <- 0 until 3) {
        sb20 = sb20 + Obj1.g3.toChar + ","
      }
      println(sb20)
      var sb22 = ""
      for (j23 <- 0 until 1) {
        sb22 = sb22 + 1e308 + ","
      }
      println(sb22)
      print('\u4e2d')
    }
    var i24 = 0
    while (i24 < 2) {
      println((if (((~i24) match { case 65536 => false case _ => (true ^ true) })) (-129).toShort else (Obj1.g2.toChar match { case '\'' => (16777217.0f).toShort case '\u20ac' => v12 case _ => (if (true) v12 else v12) })))
      for (k25 <- -1 to 1) {
        print(Obj1.f5())
        for (k26 <- -2 to 0) {
          println(((1L - (if (true) v13 else (127).toByte)) % ((if (false) v13 else v13).toInt | 1)))
        }
        println(v12)
      }
      i24 += 1
    }
    println(v13)
    var i27 = 0
    while (i27 < 1) {
      println(("x y z" != Obj1.f6(0.8494505122310705, true, (v12 % (i27 | 1)))))
      i27 += 1
    }
    println((-128).toByte)
    println(((new Array[String](4).length match { case 100 => (Obj1.g4 + (-100).toByte) case _ => "123" }) match { case "123" => ((33 > 663) match { case true => (890747009668L).toFloat case false => Obj1.g3 }) case "\u20ac" => math.min(Obj1.g3.toFloat, Float.MinValue) case "null" => ((if (false) '"' else '\uffff')).toFloat case _ => (-578.4920654296875f) }))
    if (false) {
      println(Obj1.g3)
      println(new Array[Long](3).length)
      val v28: Int = (((0xff * v13) & (if (false) v13 else v13)) * (-1).toShort)
      println(v28)
    } else {
      println((if ((v13 <= (if (true) (127).toShort else v12))) "hello" else ("été ok".substring(3, 4) match { case "\u00e9t\u00e9" => ("back\\slash" + Float.NaN) case "back\\slash" => "-0" case "tab\there" => (if (false) "a" else "123") case _ => (if (true) "\u00e9t\u00e9" else "") })))
      var v29: Double = math.max(((if (true) (-1).toByte else v13)).toDouble, math.floor((129.63203647806336).abs))
      println(v29)
    }
    var sb30 = ""
    for (j31 <- 0 until 3) {
      sb30 = sb30 + 64L + ","
    }
    println(sb30)
    println((false match { case true => ((if (false) v13 else v13)).toByte case false => v13 case _ => v13 }))
    println(Obj1.g2)
    for (k32 <- -1 to -1) {
      println(Obj1.f6(((k32 match { case 0 => v13 case 1 => v13 case 166 => v13 case _ => v13 })).toDouble, true, ((k32 & 'a') % (916 | 1))))
      var i33 = 0
      while (i33 < 2) {
        val v34: Long = (4294967296L << 33)
        println(v34)
        v13 = (('Z').toShort).toByte
        println(v13)
        val v35: String = "\ud83d\ude00"
        println(v35)
        i33 += 1
      }
      for (k36 <- -2 until 2) {
        v13 = v13.toByte
        println(v13)
        Obj1.g3 = 1e7f
        println(Obj1.g4)
        var v37: String = null
        println(v37)
      }
    }
    println((true match { case true => Obj1.f5() case false => Obj1.f5().max(Obj1.f5()) case _ => ((-Float.PositiveInfinity) % ((-104)).max(0x80000000)) }))
    println((if (true) ('\'' match { case 'a' => (if (false) false else false) case _ => ("null" != "-0") }) else true))
    println(true)
    for (k38 <- 0 to -1) {
      println(Obj1.g4)
      if (true) {
        var i39 = 0
        while (i39 < 1) {
          println(((((1).toByte != (-67.02681732177734f)) match { case true => (-96959550770L) case false => ((127).toByte * 123456789012345L) case _ => (1L & v13) })).toChar)
          i39 += 1
        }
        println(('\u20ac' match { case '"' => v12 case '~' => v12 case _ => ((127).toByte).toShort }))
        for (k40 <- -1 to 0) {
          println((((-251854705258L) % (Short.MaxValue.toInt | 1)) * (42).toByte))
        }
      } else {
        println((-((k38 match { case 0xff => (-393937465242L) case _ => 9223372036854775807L })).min(Long.MinValue)))
      }
    }
    println(Obj1.f5())
    val arr41 = Array[Char](Obj1.g2, (if (("null" match { case "" => true case "\n" => true case "\u00e9t\u00e9" => false case _ => true })) ("\u4e2d\u6587" match { case "a" => '\u4e2d' case _ => '~' }) else v13.toChar), '\u0000', 'a', v13.toChar, ' ')
    arr41((0x7fffffff & 3)) = (if (true) ('a').toChar else v13.toChar)
    for (x42 <- arr41) {
      println(x42)
    }
    println(arr41.length)
    val arr43 = new Array[Long](4)
    arr43((((if (false) Obj1.g2 else '0') * Int.MinValue) & 3)) = ((-4294967296L)).max((-900777187002L))
    for (x44 <- arr43) {
      println(x44)
    }
    println(arr43.length)
  }
}
