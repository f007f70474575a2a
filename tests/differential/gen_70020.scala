object Obj1 {
  val g2: Boolean = ((Byte.MaxValue % (647466720086L | 1L)) > ((-802842538953L) << Int.MinValue))
  var g3: String = g5
  var g4: Int = math.min(Short.MinValue.toInt, (Short.MinValue + g3).length)
  val g5: String = g3
  def f6(p7: Byte, p8: Double): Short = (if ((p8 > p8)) (916.8278198242188f).toShort else ('0').toShort)
  def f9(): Boolean = (new Array[Double](1).length < g4.toShort)
}
object Obj10 {
  val g11: Boolean = true
  val g12: String = ""
  val g13: Short = (if (Obj1.f9()) (-129).toShort else (if (Obj1.g2) Short.MinValue else (32767).toShort))
  val g14: Int = 7
}
object Main {
  def f15(p16: Int): Byte = ((-129).toShort).toByte
  def f17(p18: String): Char = (("中文".charAt(1) match { case '\'' => ('\t' match { case '\'' => 9999999.0 case '\u20ac' => Double.MinPositiveValue case '~' => (-2147483648.5) case _ => 1.0 }) case _ => (-2.5) })).toChar
  def f19(p20: Char): Short = (1e23).toShort
  def main(args: Array[String]): Unit = {
    println(Obj10.g11)
    println(Obj1.f9())
    val v21: Float = (Char.MinValue.toFloat / (if (Obj1.f9()) (-1.5f) else math.min(1e7f, 473.90936279296875f)))
    println(v21)
    println(Obj10.g12)
    if (true) {
      var i22 = 0
      while (i22 < 4) {
        if (true) {
          println((f17(('0' match { case ' ' => "\u4e2d\u6587" case '0' => "back\\slash" case _ => "back\\slash" })) match { case '\u4e2d' => (Obj1.f6(Byte.MaxValue, (-0.46029355748025114)) + (i22 match { case 32 => Obj1.g3 case 63 => "-0" case _ => Obj10.g12 })) case _ => s"x=${(Obj1.g5 + 'Z').length}x=${(if (false) Obj10.g11 else Obj10.g11)}!" }))
        }
        if (((256 + i22) < Float.NegativeInfinity)) {
          println((((-808878785781L)).toChar ^ 2L))
        } else {
          println('~')
        }
        i22 += 1
      }
      val v23 = ((Obj1.f9() match { case true => ("\u00e9t\u00e9" match { case "x y z" => 1L case _ => 0L }) case false => (718091307445L ^ 0L) }) | (((128).toShort >> 7) match { case 123456789 => 505343799601L case _ => ('\u0000' + 64L) }))
      println(v23)
      println(Obj1.f6(f15((488 + 100)), (math.floor((-763.9880725896675)) * (if (false) '\uffff' else '"'))))
    }
    var sb24 = ""
    for (j25 <- 0 until 2) {
      sb24 = sb24 + ((false match { case true => 1L case false => 508352032758L case _ => Long.MaxValue }) / ((1).toByte.toInt | 1)) + ","
    }
    println(sb24)
    val v26: Byte = (((if (Obj1.g2) Float.NaN else v21)).max(v21)).toByte
    println(v26)
    if (((1e-3f % (0).toShort) != 2.14748365E9f)) {
      println(Obj1.g3)
      for (k27 <- 2 to 3) {
        println((((-k27)).toChar).toByte)
        var i28 = 0
        while (i28 < 1) {
          println(Obj1.f9())
          i28 += 1
        }
        for (k29 <- 2 until 6) {
          println(Obj10.g13)
        }
      }
      val arr30 = Array[String](((if (false) "tab\there" else "\n") + "hello world".substring(6, 7)), ((31 / ((-129).toShort.toInt | 1)) + ("a" + Obj10.g13)), "\u4e2d\u6587", ((0x7fffffff match { case 0xff => "" case 505 => "" case 661 => "Hello, World!" case _ => "x y z" }) + (if (true) "a" else "tab\there")))
      arr30((255 & 3)) = ("\ud83d\ude00" + (Long.MinValue - 320974057907L))
      for (x31 <- arr30) {
        println(x31)
      }
      println(arr30.length)
    } else {
      val v32: Byte = v26
      println(v32)
      println(((343.54765872495295 * f17("null")) / ((-0x80000000) % ((if (Obj1.g2) (42).toByte else v32).toInt | 1))))
      var i33 = 0
      while (i33 < 3) {
        var i34 = 0
        while (i34 < 1) {
          println('\n')
          i34 += 1
        }
        i33 += 1
      }
    }
    println(0.4574919755546476)
    var v35: Short = Obj1.f6((if (((-100).toByte <= 2147483648L)) v26 else ((100).toByte).toByte), (Char.MinValue % 3.14159))
    println(v35)
    val v36 = (-(65536 + f15((-957))))
    println(v36)
    println(Obj1.f9())
    val v37 = ((math.min(v21, v21)).toString match { case "" => (if ((Byte.MaxValue > Byte.MinValue)) v36 else v36.min(v36)) case _ => math.abs((822 ^ Short.MaxValue)) })
    println(v37)
    println(Obj10.g11)
    v35 = (9.223372036854776E18).toShort
    println(v35)
    val v38: Double = (-1e19)
    println(v38)
    val arr39 = Array[Double]((-v38), ((v36 match { case 63 => v38 case _ => v38 })).toDouble, (f17(Obj10.g12)).toDouble, ((v26 * (-870.039505542421))).min((if (false) v38 else (-0.0))))
    arr39((v37.toInt & 3)) = (("\u20ac" != "-0") match { case true => (-1.0) case false => v37.toDouble case _ => (v21 % v38) })
    for (x40 <- arr39) {
      println(x40)
    }
    println(arr39.length)
    println(Obj1.g2)
    println(Obj10.g13)
    for (k41 <- -2 to -2) {
      println(Obj1.g4)
      val v42: Short = (((v37 + (-0x10))).max(k41.max(k41))).toShort
      println(v42)
    }
    println(v26)
    println((Obj10.g11 match { case true => (v37 match { case 32 => ("-0" match { case "" => (-0.02393757538297092) case "\ud83d\ude00" => 9.223372036854776E18 case "a" => Double.MaxValue case _ => 1.0 }) case 598 => ('\u00e9').toDouble case _ => v38 }) case false => ((if (false) 1e19 else v38) - 0.23850543420558523) }))
    for (k43 <- 0 until 2) {
      if (Obj10.g11) {
        for (k44 <- -1 until 1) {
          println(Char.MaxValue)
        }
        println(('"' > 'a'))
      } else {
        val v45 = (f19('a') & ('\u20ac' & (-1)))
        println(v45)
        print((if ((true & Obj1.f9())) (((-976678666333L) + 519520276761L) >= (v26 + 628362684657L)) else (v35.toLong != ((-0.36260997538799944) / v35))))
      }
    }
    print("été ok".substring(6, 6))
    println(Obj10.g14)
    v35 = Obj1.f6(f15(v36), (407 match { case 1 => v38 case _ => v38 }))
    println(v35)
    println(f17((false + (v35 + ""))))
    println((false match { case true => (v37.toInt >> ("\u4e2d\u6587" + 2147483647).length) case false => (0.06459754790408212).toInt case _ => v37 }))
    println(Obj1.f6((42).toByte, ((v26 >= v26) match { case true => (v38 % 123456789) case false => v38 case _ => 1e-4 })))
    println((if (false) 16777216.0f else v21))
    throw new NotImplementedError
  }
}
