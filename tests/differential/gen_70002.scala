object Obj1 {
  println("init Obj1")
  val g2: Double = g3
  val g3: Double = 1e-4
  def f4(p5: Char, p6: Byte, p7: Boolean): Boolean = (p7 match { case true => false case false => ("a" match { case "back\\slash" => p7 case _ => p7 }) case _ => p7 })
  def f8(p9: Char, p10: Char, p11: Byte): Char = ((817).toDouble).toChar
}
object Obj12 {
  val g13: Byte = (if ((true == false)) Byte.MinValue else (true match { case true => Byte.MinValue case false => (0).toByte }))
  var g14: Int = 7
  def f15(p16: Char): Long = ((if (true) 116908027159L else (-41864208881L)) & (32767).toShort)
  def f17(p18: Double, p19: Byte): Byte = p19
}
object Main {
  def f20(p21: Long, p22: Float): Double = (-((if (false) Obj1.g3 else (-0.6045096045518581)) / (false match { case true => Obj1.g3 case false => (-6477535488.449821) case _ => 1e22 })))
  def main(args: Array[String]): Unit = {
    println((((100).toByte).toByte).toShort)
    println((('\u20ac' - 2.14748365E9f) * ((if (false) Short.MinValue else Short.MinValue)).toFloat))
    if ((((-1).toByte & (-114294099047L)) >= ('\'' match { case '\u0000' => (-4294967296L) case '~' => (-578137230750L) case _ => 0x7fffffffffffffffL }))) {
      println(((127).toShort - (-0x10)))
      println(Obj1.f4(Char.MaxValue, Obj12.g13, Obj1.f4('\u0000', Byte.MaxValue, (if (false) true else false))))
      val v23: Long = ((if (false) Short.MinValue else (Obj12.g14 match { case 7 => (-1).toShort case 834 => Short.MinValue case _ => (0).toShort })) & (Short.MaxValue.toShort + 205959811930L))
      println(v23)
    } else {
      if ((if (Obj1.f4('\'', (1).toByte, false)) Obj1.f4('~', (42).toByte, true) else ("x y z" == "\u4e2d\u6587"))) {
        var sb24 = ""
        for (j25 <- 0 until 3) {
          sb24 = sb24 + ' ' + ","
        }
        println(sb24)
      } else {
        println((true match { case true => (f20(2L, Float.NegativeInfinity)).toChar case false => (math.max(Obj12.g14, (-869)) match { case 32 => 'Z' case _ => 'a' }) case _ => Obj1.f8(((0).toByte).toChar, ('a').toChar, (127).toByte) }))
        var v26: Boolean = (if ((if (true) (3.4028234E38f < 16777216.0f) else Obj1.f4('Z', (127).toByte, true))) false else (Obj1.f4('\u20ac', Byte.MinValue, true) ^ (Char.MaxValue == Float.MinPositiveValue)))
        println(v26)
      }
      println(Obj1.g2)
    }
    println(Obj1.g3)
    var v27: String = "-0"
    println(v27)
    var v28: Int = ((~math.abs(0x7fffffff)) - (if ((563194414617L == (-7))) ((-100).toByte).toByte else (-1).toByte))
    println(v28)
    println('"')
    println(Byte.MaxValue.toShort)
    print(Obj12.f17((((-1).toShort / ((-830185545551L) | 1L))).toDouble, Obj12.f17((if (false) (-4450142056.38274) else 2.5), ((42).toByte).toByte)))
    var i29 = 0
    while (i29 < 4) {
      println(Obj1.f8('\u0000', ((true match { case true => Obj12.g13 case false => Obj12.g13 case _ => (-128).toByte })).toChar, ((-(-450729538699L))).toByte))
      i29 += 1
    }
    println(Obj1.g3)
    val arr30 = Array[Byte](((v27 match { case "-0" => (-32768).toShort case "\u4e2d\u6587" => Short.MinValue case _ => (0).toShort })).toByte, (408.6662292480469f).toByte, Obj12.f17(((1).toShort * 1.5), Obj12.f17((-2.5), (100).toByte)), ((if (false) Short.MaxValue else Short.MaxValue)).toByte)
    arr30(((v27 + Obj12.f15('\\')).length & 3)) = Obj12.f17(Obj1.g2, (if (true) (-1).toByte else Byte.MinValue))
    for (x31 <- arr30) {
      println(x31)
    }
    println(arr30.length)
    println(f20(((2147483648L * 504490595529L)).abs, ((false match { case true => '\u20ac' case false => '\n' case _ => ' ' }) + 559.8383178710938f)))
    println(0x7fffffffffffffffL)
    println((-32768).toShort)
    print(('\n').toShort)
    var sb32 = ""
    for (j33 <- 0 until 0) {
      sb32 = sb32 + 'Z' + ","
    }
    println(sb32)
    if (Obj1.f4('\\', Obj12.f17(0.001, (-100).toByte), ("tab\there" != "123"))) {
      println(v28)
      for (k34 <- 1 until 0) {
        println(Short.MaxValue.toByte)
        println(((if (false) ('\u00e9').toChar else "xyzé".charAt(3))).toShort)
      }
    } else {
      println("abcdef".substring(3, 3))
    }
    println(((if ((0x7fffffffffffffffL <= 4294967296L)) s"[${v28}." else v27) + '\u00e9').length)
    println(Obj1.f8((('\u00e9').toByte).toChar, Char.MaxValue, (Obj1.f4('\n', Obj12.g13, true) match { case true => (if (false) (1).toByte else (-128).toByte) case false => Obj12.g13 })))
    var v35: Boolean = false
    println(v35)
    for (k36 <- -2 to -3) {
      var v37: Boolean = ((k36.toDouble >= (Obj12.g14 << 256)) && v35)
      println(v37)
      var sb38 = ""
      for (j39 <- 0 until 0) {
        sb38 = sb38 + (if ((false & v35)) (v37 match { case true => (-620.7790374983881) case false => 2.5 }) else f20(0x7fffffffffffffffL, 1.0f)) + ","
      }
      println(sb38)
      var v40: Boolean = v35
      println(v40)
    }
    println((-2.102924108505249f))
    for (k41 <- 2 to 5) {
      println(Obj1.f4(Char.MinValue, ((1).toShort).toByte, v35))
    }
    v28 = ((true match { case true => v28 case false => v28 case _ => 100 }) | Obj1.f8('\u20ac', '\n', Byte.MinValue))
    println(v28)
    Obj12.g14 = ((-(-823140041935L)) + v27).length
    println(Obj12.g14)
    var i42 = 0
    while (i42 < 3) {
      println(Obj1.g2)
      println(Obj12.f15('0'))
      i42 += 1
    }
    println((math.min((if (false) Float.MinPositiveValue else 146.66116333007812f), (647.6770629882812f + Short.MaxValue))).max((Obj12.f17(Obj1.g3, (-128).toByte)).toFloat))
    var v43: Byte = Obj12.g13
    println(v43)
    println(("hello" match { case "null" => Short.MaxValue case "x y z" => (32767).toShort case _ => ((v27 + 519.4156404771234) match { case "" => ('\n').toShort case _ => (1000).toShort }) }))
  }
}
